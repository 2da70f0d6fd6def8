graph [
  DateObtained "16/11/10"
  GeoLocation "Asia-Pacific"
  GeoExtent "Continent"
  Network "BT Asia-Pacific"
  Provenance "Primary"
  Access 0
  Source "http://www.bt.net/info/asia_pacific.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "BtAsiaPac"
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
    label "Jakarta"
    Country "Indonesia"
    Longitude 106.84513
    Internal 1
    Latitude -6.21462
  ]
  node [
    id 1
    label "Perth"
    Country "Australia"
    Longitude 115.83333
    Internal 1
    Latitude -31.93333
  ]
  node [
    id 2
    label "Singapore"
    Country "Singapore"
    Longitude 103.85007
    Internal 1
    Latitude 1.28967
  ]
  node [
    id 3
    label "Kuala Lumpur"
    Country "Malaysia"
    Longitude 101.68653
    Internal 1
    Latitude 3.1412
  ]
  node [
    id 4
    label "San Jose"
    Internal 0
  ]
  node [
    id 5
    label "Los Angeles"
    Internal 0
  ]
  node [
    id 6
    label "Sydney"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 7
    label "Auckland"
    Country "New Zealand"
    Longitude 174.76667
    Internal 1
    Latitude -36.86667
  ]
  node [
    id 8
    label "London"
    Internal 0
  ]
  node [
    id 9
    label "Palo Alto"
    Internal 0
  ]
  node [
    id 10
    label "New Delhi"
    Country "India"
    Longitude 77.22445
    Internal 1
    Latitude 28.63576
  ]
  node [
    id 11
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
  ]
  node [
    id 12
    label "Seoul"
    Country "South Korea"
    Longitude 126.97783
    Internal 1
    Latitude 37.56826
  ]
  node [
    id 13
    label "Tokyo"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
  ]
  node [
    id 14
    label "Taipei"
    Country "Taiwan"
    Longitude 121.53185
    Internal 1
    Latitude 25.04776
  ]
  node [
    id 15
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
  ]
  node [
    id 16
    label "Manila"
    Country "Philippines"
    Longitude 120.9822
    Internal 1
    Latitude 14.6042
  ]
  node [
    id 17
    label "Bangkok"
    Country "Thailand"
    Longitude 100.51667
    Internal 1
    Latitude 13.75
  ]
  node [
    id 18
    label "Chenai"
    Country "India"
    Longitude 80.27847
    Internal 1
    Latitude 13.08784
  ]
  node [
    id 19
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
  ]
  edge [
    source 0
    target 15
    id "e11"
  ]
  edge [
    source 1
    target 2
    id "e23"
  ]
  edge [
    source 1
    target 6
    id "e26"
  ]
  edge [
    source 1
    target 15
    id "e12"
  ]
  edge [
    source 2
    target 3
    id "e22"
  ]
  edge [
    source 2
    target 6
    id "e24"
  ]
  edge [
    source 2
    target 8
    id "e25"
  ]
  edge [
    source 2
    target 17
    id "e17"
  ]
  edge [
    source 2
    target 18
    id "e18"
  ]
  edge [
    source 2
    target 19
    id "e19"
  ]
  edge [
    source 4
    target 13
    id "e5"
  ]
  edge [
    source 4
    target 6
    id "e27"
  ]
  edge [
    source 4
    target 15
    id "e13"
  ]
  edge [
    source 5
    target 15
    id "e14"
  ]
  edge [
    source 5
    target 13
    id "e6"
  ]
  edge [
    source 5
    target 6
    id "e28"
  ]
  edge [
    source 5
    target 7
    id "e30"
  ]
  edge [
    source 6
    target 7
    id "e29"
  ]
  edge [
    source 8
    target 11
    id "e21"
  ]
  edge [
    source 8
    target 15
    id "e15"
  ]
  edge [
    source 9
    target 15
    id "e16"
  ]
  edge [
    source 10
    target 11
    id "e20"
  ]
  edge [
    source 11
    target 15
    id "e10"
  ]
  edge [
    source 12
    target 13
    id "e0"
  ]
  edge [
    source 12
    target 15
    id "e1"
  ]
  edge [
    source 13
    target 14
    id "e2"
  ]
  edge [
    source 13
    target 15
    id "e3"
  ]
  edge [
    source 13
    target 16
    id "e4"
  ]
  edge [
    source 14
    target 15
    id "e7"
  ]
  edge [
    source 15
    target 16
    id "e8"
  ]
  edge [
    source 15
    target 17
    id "e9"
  ]
]
