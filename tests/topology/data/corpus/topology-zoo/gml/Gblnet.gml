graph [
  DateObtained "16/01/11"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "GlobalNetRu"
  Provenance "Primary"
  Access 0
  Source "http://www.gblnet.ru/index.php?id=67"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Gblnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "16/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "New York"
    Country "United Kingdom"
    Longitude -0.14008
    Internal 1
    Latitude 53.07897
  ]
  node [
    id 1
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 2
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 3
    label "St Petersburg"
    Country "Russia"
    Longitude 30.26417
    Internal 1
    Latitude 59.89444
  ]
  node [
    id 4
    label "Moscow"
    Country "Russia"
    Longitude 37.61556
    Internal 1
    Latitude 55.75222
  ]
  node [
    id 5
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 6
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 7
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  edge [
    source 0
    target 5
    id "e0"
  ]
  edge [
    source 1
    target 5
    id "e1"
  ]
  edge [
    source 2
    target 3
    id "e2"
  ]
  edge [
    source 2
    target 5
    id "e3"
  ]
  edge [
    source 3
    target 4
    id "e4"
  ]
  edge [
    source 5
    target 6
    id "e5"
  ]
  edge [
    source 5
    target 7
    id "e6"
  ]
]
