graph [
  DateObtained "22/10/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Hurricane Electric "
  Provenance "Primary"
  Access 0
  Source "http://he.net/Hurricane_Electric_Geographic_Network_Map.jpg"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "HurricaneElectric"
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
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
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
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 3
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 4
    label "Palo Alto"
    Country "United States"
    Longitude -122.14302
    Internal 1
    Latitude 37.44188
  ]
  node [
    id 5
    label "Fremont 1"
    Country "United States"
    Longitude -121.98857
    Internal 1
    Latitude 37.54827
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
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 8
    label "Fremont 2"
    Country "United States"
    Longitude -121.98857
    Internal 1
    Latitude 37.54827
  ]
  node [
    id 9
    label "San Jose 2"
    Country "Costa Rica"
    Longitude -84.08333
    Internal 1
    Latitude 9.93333
  ]
  node [
    id 10
    label "New York 3"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 11
    label "New York 2"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 12
    label "New York 1"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 13
    label "San Jose 1"
    Country "Costa Rica"
    Longitude -84.08333
    Internal 1
    Latitude 9.93333
  ]
  node [
    id 14
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 15
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 16
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
  ]
  node [
    id 17
    label "Tokyo"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
  ]
  node [
    id 18
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 19
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 20
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 21
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 22
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 23
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  edge [
    source 0
    target 1
    id "e22"
  ]
  edge [
    source 0
    target 2
    id "e18"
  ]
  edge [
    source 0
    target 3
    id "e20"
  ]
  edge [
    source 0
    target 12
    id "e23"
  ]
  edge [
    source 1
    target 3
    id "e21"
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
    source 2
    target 12
    id "e19"
  ]
  edge [
    source 2
    target 23
    id "e14"
  ]
  edge [
    source 3
    target 23
    id "e15"
  ]
  edge [
    source 4
    target 5
    id "e26"
  ]
  edge [
    source 4
    target 8
    id "e27"
  ]
  edge [
    source 4
    target 9
    id "e28"
  ]
  edge [
    source 4
    target 13
    id "e29"
  ]
  edge [
    source 4
    target 19
    id "e3"
  ]
  edge [
    source 4
    target 23
    id "e16"
  ]
  edge [
    source 5
    target 9
    id "e30"
  ]
  edge [
    source 8
    target 9
    id "e31"
  ]
  edge [
    source 9
    target 12
    id "e33"
  ]
  edge [
    source 9
    target 13
    id "e32"
  ]
  edge [
    source 9
    target 18
    id "e2"
  ]
  edge [
    source 9
    target 21
    id "e9"
  ]
  edge [
    source 10
    target 11
    id "e36"
  ]
  edge [
    source 10
    target 12
    id "e35"
  ]
  edge [
    source 11
    target 12
    id "e34"
  ]
  edge [
    source 11
    target 22
    id "e11"
  ]
  edge [
    source 12
    target 19
    id "e5"
  ]
  edge [
    source 12
    target 21
    id "e10"
  ]
  edge [
    source 12
    target 23
    id "e17"
  ]
  edge [
    source 13
    target 16
    id "e0"
  ]
  edge [
    source 13
    target 17
    id "e1"
  ]
  edge [
    source 14
    target 20
    id "e6"
  ]
  edge [
    source 14
    target 23
    id "e12"
  ]
  edge [
    source 15
    target 23
    id "e13"
  ]
  edge [
    source 19
    target 20
    id "e4"
  ]
  edge [
    source 20
    target 21
    id "e7"
  ]
  edge [
    source 20
    target 23
    id "e8"
  ]
]
