graph [
  DateObtained "22/10/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "EasyNet "
  Provenance "Primary"
  Access 0
  Source "http://www.easynet.com/pdf/maps/network.pdf"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Easynet"
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
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "1"
    Internal 1
  ]
  node [
    id 1
    label "1"
    Internal 1
  ]
  node [
    id 2
    label "1"
    Internal 1
  ]
  node [
    id 3
    label "1"
    Internal 1
  ]
  node [
    id 4
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
  ]
  node [
    id 5
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
  ]
  node [
    id 6
    label "1"
    Internal 1
  ]
  node [
    id 7
    label "1"
    Internal 1
  ]
  node [
    id 8
    label "Shanghai"
    Country "China"
    Longitude 121.45806
    Internal 1
    Latitude 31.22222
  ]
  node [
    id 9
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 10
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 11
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 12
    label "San Jose?"
    Country "Costa Rica"
    Longitude -84.08333
    Internal 1
    Latitude 9.93333
  ]
  node [
    id 13
    label "Palo Alto?"
    Country "United States"
    Longitude -122.14302
    Internal 1
    Latitude 37.44188
  ]
  node [
    id 14
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 15
    label "Washington"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 16
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 17
    label "1"
    Internal 1
  ]
  node [
    id 18
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  edge [
    source 0
    target 1
    id "e21"
  ]
  edge [
    source 0
    target 1
    id "e22"
  ]
  edge [
    source 0
    target 3
    id "e19"
  ]
  edge [
    source 0
    target 7
    id "e23"
  ]
  edge [
    source 1
    target 6
    id "e24"
  ]
  edge [
    source 1
    target 7
    id "e25"
  ]
  edge [
    source 1
    target 7
    id "e26"
  ]
  edge [
    source 2
    target 3
    id "e18"
  ]
  edge [
    source 3
    target 7
    id "e20"
  ]
  edge [
    source 4
    target 5
    id "e27"
  ]
  edge [
    source 5
    target 8
    id "e28"
  ]
  edge [
    source 5
    target 10
    id "e17"
  ]
  edge [
    source 5
    target 13
    id "e6"
  ]
  edge [
    source 7
    target 17
    id "e14"
  ]
  edge [
    source 7
    target 9
    id "e16"
  ]
  edge [
    source 9
    target 17
    id "e12"
  ]
  edge [
    source 9
    target 10
    id "e15"
  ]
  edge [
    source 9
    target 15
    id "e10"
  ]
  edge [
    source 10
    target 11
    id "e2"
  ]
  edge [
    source 10
    target 14
    id "e7"
  ]
  edge [
    source 10
    target 14
    id "e8"
  ]
  edge [
    source 10
    target 13
    id "e5"
  ]
  edge [
    source 11
    target 12
    id "e0"
  ]
  edge [
    source 11
    target 15
    id "e1"
  ]
  edge [
    source 12
    target 13
    id "e3"
  ]
  edge [
    source 13
    target 14
    id "e4"
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
  edge [
    source 17
    target 18
    id "e13"
  ]
]
