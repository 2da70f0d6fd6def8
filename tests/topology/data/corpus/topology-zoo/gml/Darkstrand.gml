graph [
  DateObtained "30/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Darkstrand "
  Provenance "Primary"
  Note "Connects to testbeds but isn't actually a network testbed."
  Source "http://www.darkstrand.com/network/routes/"
  Version "1.0"
  Type "COM"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Darkstrand"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "Simplified Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Tulsa"
    Country "United States"
    Longitude -95.99278
    Internal 1
    Latitude 36.15398
  ]
  node [
    id 1
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 2
    label "San Antonio"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 3
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 4
    label "Pensacola"
    Country "United States"
    Longitude -87.21691
    Internal 1
    Latitude 30.42131
  ]
  node [
    id 5
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
  ]
  node [
    id 6
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 7
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
  ]
  node [
    id 8
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 9
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 10
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 11
    label "Syracuse"
    Country "United States"
    Longitude -76.14742
    Internal 1
    Latitude 43.04812
  ]
  node [
    id 12
    label "Cleveland"
    Country "United States"
    Longitude -81.69541
    Internal 1
    Latitude 41.4995
  ]
  node [
    id 13
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 14
    label "Raton"
    geocode_append "NM"
    Country "United States"
    Longitude -104.43915
    Internal 1
    Latitude 36.90336
  ]
  node [
    id 15
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
  ]
  node [
    id 16
    label "Washington DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 17
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
  ]
  node [
    id 18
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 19
    label "El Paso/Las Cruces"
    Country "United States"
    Longitude -106.48693
    Internal 1
    Latitude 31.75872
  ]
  node [
    id 20
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 21
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  node [
    id 22
    label "Sunny Vale"
    Country "United States"
    Longitude -122.03635
    Internal 1
    Latitude 37.36883
  ]
  node [
    id 23
    label "Boise"
    Country "United States"
    Longitude -116.20345
    Internal 1
    Latitude 43.6135
  ]
  node [
    id 24
    label "Salt Lake City"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 25
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 26
    label "Albuquerque"
    Country "United States"
    Longitude -106.65114
    Internal 1
    Latitude 35.08449
  ]
  node [
    id 27
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  edge [
    source 0
    target 1
    id "e16"
  ]
  edge [
    source 0
    target 3
    id "e14"
  ]
  edge [
    source 1
    target 25
    id "e7"
  ]
  edge [
    source 1
    target 13
    id "e17"
  ]
  edge [
    source 2
    target 19
    id "e12"
  ]
  edge [
    source 2
    target 6
    id "e13"
  ]
  edge [
    source 3
    target 6
    id "e15"
  ]
  edge [
    source 4
    target 5
    id "e20"
  ]
  edge [
    source 4
    target 7
    id "e19"
  ]
  edge [
    source 5
    target 8
    id "e21"
  ]
  edge [
    source 6
    target 7
    id "e18"
  ]
  edge [
    source 8
    target 9
    id "e22"
  ]
  edge [
    source 9
    target 16
    id "e23"
  ]
  edge [
    source 10
    target 17
    id "e28"
  ]
  edge [
    source 10
    target 11
    id "e27"
  ]
  edge [
    source 11
    target 12
    id "e26"
  ]
  edge [
    source 12
    target 13
    id "e24"
  ]
  edge [
    source 12
    target 15
    id "e25"
  ]
  edge [
    source 14
    target 25
    id "e6"
  ]
  edge [
    source 14
    target 26
    id "e9"
  ]
  edge [
    source 15
    target 16
    id "e30"
  ]
  edge [
    source 16
    target 17
    id "e29"
  ]
  edge [
    source 18
    target 27
    id "e10"
  ]
  edge [
    source 18
    target 22
    id "e3"
  ]
  edge [
    source 19
    target 27
    id "e11"
  ]
  edge [
    source 19
    target 26
    id "e8"
  ]
  edge [
    source 20
    target 21
    id "e0"
  ]
  edge [
    source 20
    target 23
    id "e1"
  ]
  edge [
    source 21
    target 22
    id "e2"
  ]
  edge [
    source 23
    target 24
    id "e4"
  ]
  edge [
    source 24
    target 25
    id "e5"
  ]
]
