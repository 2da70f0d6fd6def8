graph [
  DateObtained "16/01/11"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Xeex"
  Provenance "Primary"
  Access 0
  Source "http://www.xeex.com/map/map.gif"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Xeex"
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
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
    type "PoP"
  ]
  node [
    id 1
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
    type "PoP"
  ]
  node [
    id 2
    label "Indianapolis"
    Country "United States"
    Longitude -86.15804
    Internal 1
    Latitude 39.76838
    type "PoP"
  ]
  node [
    id 3
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
    type "PoP"
  ]
  node [
    id 4
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
    type "PoP"
  ]
  node [
    id 5
    label "Hong Kong"
    Country "United States"
    Longitude -151.21917
    Internal 1
    Latitude 60.28778
    type "PoP"
  ]
  node [
    id 6
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
    type "PoP"
  ]
  node [
    id 7
    label "San Diego"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
    type "PoP"
  ]
  node [
    id 8
    label "Tokyo"
    Country "United States"
    Longitude -118.24118
    Internal 1
    Latitude 34.04779
    type "PoP"
  ]
  node [
    id 9
    label "Chennai"
    Country "India"
    Longitude 80.27847
    Internal 1
    Latitude 13.08784
    type "PoP"
  ]
  node [
    id 10
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "PoP"
  ]
  node [
    id 11
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
    type "PoP"
  ]
  node [
    id 12
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
    type "PoP"
  ]
  node [
    id 13
    label "Amsterdam"
    Country "United States"
    Longitude -74.18819
    Internal 1
    Latitude 42.93869
    type "PoP"
  ]
  node [
    id 14
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
    type "Super Pop"
  ]
  node [
    id 15
    label "Cincinnati"
    Country "United States"
    Longitude -84.45689
    Internal 1
    Latitude 39.162
    type "PoP"
  ]
  node [
    id 16
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
    type "Super Pop"
  ]
  node [
    id 17
    label "San Jose"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
    type "Super Pop"
  ]
  node [
    id 18
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
    type "Super Pop"
  ]
  node [
    id 19
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
    type "Super Pop"
  ]
  node [
    id 20
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "Super Pop"
  ]
  node [
    id 21
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "Super Pop"
  ]
  node [
    id 22
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "Super Pop"
  ]
  node [
    id 23
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
    type "Super Pop"
  ]
  edge [
    source 0
    target 1
    id "e28"
  ]
  edge [
    source 0
    target 19
    id "e14"
  ]
  edge [
    source 1
    target 18
    id "e9"
  ]
  edge [
    source 2
    target 19
    id "e13"
  ]
  edge [
    source 2
    target 12
    id "e27"
  ]
  edge [
    source 3
    target 15
    id "e26"
  ]
  edge [
    source 3
    target 22
    id "e22"
  ]
  edge [
    source 3
    target 23
    id "e25"
  ]
  edge [
    source 4
    target 18
    id "e6"
  ]
  edge [
    source 4
    target 7
    id "e29"
  ]
  edge [
    source 4
    target 23
    id "e24"
  ]
  edge [
    source 5
    target 8
    id "e30"
  ]
  edge [
    source 5
    target 9
    id "e31"
  ]
  edge [
    source 5
    target 18
    id "e7"
  ]
  edge [
    source 6
    target 16
    id "e0"
  ]
  edge [
    source 6
    target 17
    id "e2"
  ]
  edge [
    source 7
    target 18
    id "e8"
  ]
  edge [
    source 8
    target 17
    id "e5"
  ]
  edge [
    source 8
    target 9
    id "e32"
  ]
  edge [
    source 10
    target 21
    id "e20"
  ]
  edge [
    source 11
    target 12
    id "e33"
  ]
  edge [
    source 11
    target 20
    id "e15"
  ]
  edge [
    source 13
    target 20
    id "e17"
  ]
  edge [
    source 14
    target 20
    id "e16"
  ]
  edge [
    source 14
    target 22
    id "e21"
  ]
  edge [
    source 15
    target 19
    id "e12"
  ]
  edge [
    source 16
    target 19
    id "e1"
  ]
  edge [
    source 17
    target 18
    id "e3"
  ]
  edge [
    source 17
    target 19
    id "e4"
  ]
  edge [
    source 19
    target 21
    id "e10"
  ]
  edge [
    source 19
    target 23
    id "e11"
  ]
  edge [
    source 20
    target 22
    id "e18"
  ]
  edge [
    source 20
    target 21
    id "e19"
  ]
  edge [
    source 22
    target 23
    id "e23"
  ]
]
