graph [
  DateObtained "16/11/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "BT Europe"
  Provenance "Primary"
  Access 0
  Source "http://www.bt.net/info/europe.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "BtEurope"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
  ]
  node [
    id 1
    label "Munich"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
  ]
  node [
    id 2
    label "Prague"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 3
    label "Vienna"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
  ]
  node [
    id 4
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
  ]
  node [
    id 5
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 6
    label "Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 7
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 8
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 9
    label "Barcelona"
    Country "Spain"
    Longitude 2.15899
    Internal 1
    Latitude 41.38879
  ]
  node [
    id 10
    label "Goonhilly"
    Country "United Kingdom"
    Longitude -5.2
    Internal 1
    Latitude 50.05
  ]
  node [
    id 11
    label "New York"
    Internal 0
  ]
  node [
    id 12
    label "Washington"
    Internal 0
  ]
  node [
    id 13
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 14
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
  ]
  node [
    id 15
    label "Copenhagen"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
  ]
  node [
    id 16
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 17
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 18
    label "Madley"
    Country "United Kingdom"
    Longitude -2.85
    Internal 1
    Latitude 52.03333
  ]
  node [
    id 19
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
  ]
  node [
    id 20
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 21
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 22
    label "Gothenburg"
    Country "Sweden"
    Longitude 11.96679
    Internal 1
    Latitude 57.70716
  ]
  node [
    id 23
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  edge [
    source 0
    target 17
    id "e9"
  ]
  edge [
    source 0
    target 5
    id "e30"
  ]
  edge [
    source 1
    target 4
    id "e31"
  ]
  edge [
    source 1
    target 5
    id "e32"
  ]
  edge [
    source 2
    target 16
    id "e1"
  ]
  edge [
    source 2
    target 5
    id "e28"
  ]
  edge [
    source 3
    target 5
    id "e29"
  ]
  edge [
    source 3
    target 21
    id "e20"
  ]
  edge [
    source 4
    target 5
    id "e34"
  ]
  edge [
    source 4
    target 21
    id "e22"
  ]
  edge [
    source 5
    target 6
    id "e33"
  ]
  edge [
    source 5
    target 8
    id "e35"
  ]
  edge [
    source 5
    target 17
    id "e12"
  ]
  edge [
    source 5
    target 21
    id "e23"
  ]
  edge [
    source 6
    target 17
    id "e10"
  ]
  edge [
    source 7
    target 17
    id "e11"
  ]
  edge [
    source 7
    target 21
    id "e21"
  ]
  edge [
    source 8
    target 17
    id "e13"
  ]
  edge [
    source 9
    target 13
    id "e36"
  ]
  edge [
    source 9
    target 21
    id "e24"
  ]
  edge [
    source 10
    target 17
    id "e16"
  ]
  edge [
    source 11
    target 17
    id "e15"
  ]
  edge [
    source 12
    target 16
    id "e3"
  ]
  edge [
    source 13
    target 17
    id "e14"
  ]
  edge [
    source 14
    target 23
    id "e26"
  ]
  edge [
    source 15
    target 23
    id "e27"
  ]
  edge [
    source 16
    target 17
    id "e0"
  ]
  edge [
    source 16
    target 21
    id "e4"
  ]
  edge [
    source 16
    target 23
    id "e2"
  ]
  edge [
    source 17
    target 18
    id "e5"
  ]
  edge [
    source 17
    target 19
    id "e6"
  ]
  edge [
    source 17
    target 20
    id "e7"
  ]
  edge [
    source 17
    target 21
    id "e8"
  ]
  edge [
    source 19
    target 21
    id "e17"
  ]
  edge [
    source 21
    target 22
    id "e18"
  ]
  edge [
    source 21
    target 23
    id "e19"
  ]
  edge [
    source 22
    target 23
    id "e25"
  ]
]
