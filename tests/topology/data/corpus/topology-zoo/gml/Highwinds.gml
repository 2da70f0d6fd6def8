graph [
  DateObtained "2/01/11"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Highwinds"
  Provenance "Primary"
  Access 0
  Source "http://www.highwinds.com/network/network-overview.php"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Highwinds"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "2/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Rio De Janeiro"
    Country "Brazil"
    Longitude -43.2075
    Internal 1
    Latitude -22.90278
  ]
  node [
    id 1
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 2
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 3
    label "Sao Paulo"
    Country "Brazil"
    Longitude -46.63611
    Internal 1
    Latitude -23.5475
  ]
  node [
    id 4
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
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
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 7
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 8
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 9
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 10
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 11
    label "San Jose/San Francisco"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
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
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 14
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 15
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 16
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 17
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  edge [
    source 0
    target 2
    id "e40"
  ]
  edge [
    source 0
    target 2
    id "e41"
  ]
  edge [
    source 0
    target 3
    id "e42"
  ]
  edge [
    source 1
    target 5
    id "e43"
  ]
  edge [
    source 1
    target 6
    id "e44"
  ]
  edge [
    source 1
    target 7
    id "e45"
  ]
  edge [
    source 2
    target 9
    id "e39"
  ]
  edge [
    source 2
    target 9
    id "e38"
  ]
  edge [
    source 2
    target 14
    id "e18"
  ]
  edge [
    source 4
    target 17
    id "e35"
  ]
  edge [
    source 4
    target 17
    id "e34"
  ]
  edge [
    source 4
    target 5
    id "e51"
  ]
  edge [
    source 4
    target 5
    id "e50"
  ]
  edge [
    source 4
    target 5
    id "e52"
  ]
  edge [
    source 4
    target 6
    id "e48"
  ]
  edge [
    source 4
    target 6
    id "e46"
  ]
  edge [
    source 4
    target 6
    id "e47"
  ]
  edge [
    source 4
    target 7
    id "e49"
  ]
  edge [
    source 6
    target 8
    id "e37"
  ]
  edge [
    source 6
    target 8
    id "e36"
  ]
  edge [
    source 8
    target 16
    id "e26"
  ]
  edge [
    source 8
    target 17
    id "e27"
  ]
  edge [
    source 8
    target 17
    id "e28"
  ]
  edge [
    source 8
    target 17
    id "e29"
  ]
  edge [
    source 8
    target 17
    id "e30"
  ]
  edge [
    source 8
    target 15
    id "e24"
  ]
  edge [
    source 8
    target 15
    id "e23"
  ]
  edge [
    source 9
    target 17
    id "e33"
  ]
  edge [
    source 9
    target 17
    id "e32"
  ]
  edge [
    source 9
    target 17
    id "e31"
  ]
  edge [
    source 9
    target 13
    id "e13"
  ]
  edge [
    source 9
    target 15
    id "e25"
  ]
  edge [
    source 10
    target 11
    id "e0"
  ]
  edge [
    source 10
    target 15
    id "e1"
  ]
  edge [
    source 11
    target 17
    id "e7"
  ]
  edge [
    source 11
    target 12
    id "e4"
  ]
  edge [
    source 11
    target 12
    id "e3"
  ]
  edge [
    source 11
    target 12
    id "e2"
  ]
  edge [
    source 11
    target 15
    id "e5"
  ]
  edge [
    source 11
    target 15
    id "e6"
  ]
  edge [
    source 12
    target 13
    id "e10"
  ]
  edge [
    source 12
    target 13
    id "e9"
  ]
  edge [
    source 12
    target 13
    id "e8"
  ]
  edge [
    source 12
    target 14
    id "e11"
  ]
  edge [
    source 12
    target 15
    id "e12"
  ]
  edge [
    source 13
    target 14
    id "e15"
  ]
  edge [
    source 13
    target 14
    id "e14"
  ]
  edge [
    source 14
    target 17
    id "e17"
  ]
  edge [
    source 14
    target 17
    id "e16"
  ]
  edge [
    source 14
    target 15
    id "e19"
  ]
  edge [
    source 15
    target 16
    id "e20"
  ]
  edge [
    source 15
    target 17
    id "e21"
  ]
  edge [
    source 15
    target 17
    id "e22"
  ]
]
