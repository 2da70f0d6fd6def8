graph [
  DateObtained "16/01/11"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "BSONetworkSolutions"
  Provenance "Primary"
  Note "Map link dead"
  Source "http://en.bsonetwork.com/images/map_reseaux/europe_map.jpg"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "BsonetEurope"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "16/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Prague"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 1
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 2
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  node [
    id 3
    label "Copenhagen"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
  ]
  node [
    id 4
    label "Dubai"
    Internal 0
  ]
  node [
    id 5
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 6
    label "Geneva"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 7
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 8
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 9
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 10
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
  ]
  node [
    id 11
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 12
    label "Hong Kong"
    Internal 0
  ]
  node [
    id 13
    label "Oslo"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
  ]
  node [
    id 14
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 15
    label "New York"
    Internal 0
  ]
  node [
    id 16
    label "New York"
    Internal 0
  ]
  node [
    id 17
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  edge [
    source 0
    target 1
    id "e21"
  ]
  edge [
    source 1
    target 9
    id "e19"
  ]
  edge [
    source 1
    target 6
    id "e22"
  ]
  edge [
    source 1
    target 17
    id "e13"
  ]
  edge [
    source 2
    target 9
    id "e18"
  ]
  edge [
    source 2
    target 3
    id "e20"
  ]
  edge [
    source 3
    target 11
    id "e4"
  ]
  edge [
    source 4
    target 14
    id "e7"
  ]
  edge [
    source 5
    target 17
    id "e16"
  ]
  edge [
    source 6
    target 17
    id "e14"
  ]
  edge [
    source 6
    target 7
    id "e23"
  ]
  edge [
    source 7
    target 17
    id "e15"
  ]
  edge [
    source 8
    target 9
    id "e17"
  ]
  edge [
    source 8
    target 17
    id "e12"
  ]
  edge [
    source 9
    target 11
    id "e3"
  ]
  edge [
    source 9
    target 14
    id "e8"
  ]
  edge [
    source 10
    target 11
    id "e1"
  ]
  edge [
    source 10
    target 11
    id "e0"
  ]
  edge [
    source 10
    target 12
    id "e2"
  ]
  edge [
    source 11
    target 13
    id "e5"
  ]
  edge [
    source 13
    target 14
    id "e6"
  ]
  edge [
    source 14
    target 17
    id "e10"
  ]
  edge [
    source 14
    target 15
    id "e9"
  ]
  edge [
    source 16
    target 17
    id "e11"
  ]
]
