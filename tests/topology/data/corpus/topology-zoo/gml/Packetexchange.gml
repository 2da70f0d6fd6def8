graph [
  DateObtained "18/10/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Packet Exchange"
  Provenance "Primary"
  Access 0
  Source "http://www.mzima.net/servicemap_for_ppt.pdf"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Packetexchange"
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
  Testbed 0
  node [
    id 0
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
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
    label "Ashburn/Washington"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 3
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 4
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 5
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 6
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 7
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 8
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
  ]
  node [
    id 9
    label "Singapore"
    Country "Singapore"
    Longitude 103.85007
    Internal 1
    Latitude 1.28967
  ]
  node [
    id 10
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 11
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 12
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 13
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 14
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  node [
    id 15
    label "San Jose"
    Country "Costa Rica"
    Longitude -84.08333
    Internal 1
    Latitude 9.93333
  ]
  node [
    id 16
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 17
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
  ]
  node [
    id 18
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 19
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 20
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  edge [
    source 0
    target 16
    id "e20"
  ]
  edge [
    source 0
    target 20
    id "e14"
  ]
  edge [
    source 1
    target 2
    id "e17"
  ]
  edge [
    source 1
    target 3
    id "e19"
  ]
  edge [
    source 1
    target 4
    id "e21"
  ]
  edge [
    source 1
    target 6
    id "e22"
  ]
  edge [
    source 2
    target 12
    id "e16"
  ]
  edge [
    source 2
    target 20
    id "e13"
  ]
  edge [
    source 3
    target 4
    id "e18"
  ]
  edge [
    source 4
    target 7
    id "e24"
  ]
  edge [
    source 5
    target 7
    id "e25"
  ]
  edge [
    source 6
    target 7
    id "e23"
  ]
  edge [
    source 8
    target 9
    id "e26"
  ]
  edge [
    source 8
    target 14
    id "e4"
  ]
  edge [
    source 9
    target 10
    id "e6"
  ]
  edge [
    source 10
    target 18
    id "e8"
  ]
  edge [
    source 10
    target 15
    id "e5"
  ]
  edge [
    source 10
    target 17
    id "e7"
  ]
  edge [
    source 11
    target 19
    id "e10"
  ]
  edge [
    source 11
    target 12
    id "e15"
  ]
  edge [
    source 11
    target 13
    id "e0"
  ]
  edge [
    source 11
    target 14
    id "e2"
  ]
  edge [
    source 13
    target 14
    id "e1"
  ]
  edge [
    source 14
    target 15
    id "e3"
  ]
  edge [
    source 16
    target 19
    id "e11"
  ]
  edge [
    source 18
    target 19
    id "e9"
  ]
  edge [
    source 19
    target 20
    id "e12"
  ]
]
