graph [
  DateObtained "16/11/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "peer1"
  Provenance "Primary"
  Access 0
  Source "http://www.peer1.com/infrastructure/network.php"
  Version "1.0"
  Type "COM"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Peer1"
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
    label "Herndon/Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 1
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 2
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
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
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
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
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 7
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 8
    label "Vancouver"
    Country "Canada"
    Longitude -123.11934
    Internal 1
    Latitude 49.24966
  ]
  node [
    id 9
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 10
    label "Fremont"
    Country "United States"
    Longitude -121.98857
    Internal 1
    Latitude 37.54827
  ]
  node [
    id 11
    label "San Jose"
    Country "Costa Rica"
    Longitude -84.08333
    Internal 1
    Latitude 9.93333
  ]
  node [
    id 12
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 13
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 14
    label "San Antonio"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 15
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  edge [
    source 0
    target 3
    id "e17"
  ]
  edge [
    source 0
    target 15
    id "e10"
  ]
  edge [
    source 1
    target 15
    id "e11"
  ]
  edge [
    source 2
    target 3
    id "e16"
  ]
  edge [
    source 2
    target 7
    id "e14"
  ]
  edge [
    source 3
    target 4
    id "e18"
  ]
  edge [
    source 3
    target 6
    id "e12"
  ]
  edge [
    source 3
    target 7
    id "e15"
  ]
  edge [
    source 4
    target 5
    id "e19"
  ]
  edge [
    source 6
    target 9
    id "e2"
  ]
  edge [
    source 6
    target 13
    id "e7"
  ]
  edge [
    source 6
    target 7
    id "e13"
  ]
  edge [
    source 7
    target 8
    id "e1"
  ]
  edge [
    source 8
    target 9
    id "e0"
  ]
  edge [
    source 9
    target 10
    id "e3"
  ]
  edge [
    source 10
    target 11
    id "e4"
  ]
  edge [
    source 11
    target 12
    id "e5"
  ]
  edge [
    source 12
    target 13
    id "e6"
  ]
  edge [
    source 13
    target 14
    id "e8"
  ]
  edge [
    source 13
    target 15
    id "e9"
  ]
]
