graph [
  DateObtained "16/11/10"
  GeoLocation "North America"
  GeoExtent "Continent"
  Network "BT North America"
  Provenance "Primary"
  Access 0
  Source "http://www.bt.net/info/north_america.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "BtNorthAmerica"
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
    label "Cheyenne"
    Country "United States"
    Longitude -104.82025
    Internal 1
    Latitude 41.13998
  ]
  node [
    id 1
    label "Salt Lake"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 2
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 3
    label "?"
    Internal 1
  ]
  node [
    id 4
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  node [
    id 5
    label "Eugene"
    Country "United States"
    Longitude -123.08675
    Internal 1
    Latitude 44.05207
  ]
  node [
    id 6
    label "Spokane"
    Country "United States"
    Longitude -117.42605
    Internal 1
    Latitude 47.65878
  ]
  node [
    id 7
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 8
    label "Burbank"
    Country "United States"
    Longitude -118.30897
    Internal 1
    Latitude 34.18084
  ]
  node [
    id 9
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 10
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
  ]
  node [
    id 11
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 12
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 13
    label "Eckington"
    Country "United States"
    Longitude -77.00914
    Internal 1
    Latitude 38.91261
  ]
  node [
    id 14
    label "Europe"
    Internal 0
  ]
  node [
    id 15
    label "Tukwita"
    Country "United States"
    Longitude -122.26096
    Internal 1
    Latitude 47.47399
  ]
  node [
    id 16
    label "Washington"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 17
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 18
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 19
    label "Albuquerque"
    Country "United States"
    Longitude -106.65114
    Internal 1
    Latitude 35.08449
  ]
  node [
    id 20
    label "Tucson"
    Country "United States"
    Longitude -110.92648
    Internal 1
    Latitude 32.22174
  ]
  node [
    id 21
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 22
    label "Cermak"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 23
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 24
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
  ]
  node [
    id 25
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 26
    label "?"
    Internal 1
  ]
  node [
    id 27
    label "Kansas"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 28
    label "Sunnyvale"
    Country "United States"
    Longitude -122.03635
    Internal 1
    Latitude 37.36883
  ]
  node [
    id 29
    label "Boise"
    Country "United States"
    Longitude -116.20345
    Internal 1
    Latitude 43.6135
  ]
  node [
    id 30
    label "Helena"
    Country "United States"
    Longitude -112.03611
    Internal 1
    Latitude 46.59271
  ]
  node [
    id 31
    label "Billings"
    Country "United States"
    Longitude -108.50069
    Internal 1
    Latitude 45.78329
  ]
  node [
    id 32
    label "Fargo"
    Country "United States"
    Longitude -96.7898
    Internal 1
    Latitude 46.87719
  ]
  node [
    id 33
    label "Minneapolis"
    Country "United States"
    Longitude -93.26384
    Internal 1
    Latitude 44.97997
  ]
  node [
    id 34
    label "Sioux City"
    Country "United States"
    Longitude -96.40031
    Internal 1
    Latitude 42.49999
  ]
  node [
    id 35
    label "Omaha"
    Country "United States"
    Longitude -95.93779
    Internal 1
    Latitude 41.25861
  ]
  edge [
    source 0
    target 1
    id "e33"
  ]
  edge [
    source 0
    target 2
    id "e29"
  ]
  edge [
    source 1
    target 2
    id "e30"
  ]
  edge [
    source 1
    target 6
    id "e34"
  ]
  edge [
    source 1
    target 8
    id "e35"
  ]
  edge [
    source 1
    target 22
    id "e36"
  ]
  edge [
    source 1
    target 28
    id "e3"
  ]
  edge [
    source 1
    target 29
    id "e9"
  ]
  edge [
    source 1
    target 31
    id "e12"
  ]
  edge [
    source 2
    target 3
    id "e28"
  ]
  edge [
    source 2
    target 19
    id "e32"
  ]
  edge [
    source 2
    target 21
    id "e31"
  ]
  edge [
    source 2
    target 27
    id "e22"
  ]
  edge [
    source 2
    target 28
    id "e2"
  ]
  edge [
    source 3
    target 27
    id "e23"
  ]
  edge [
    source 4
    target 8
    id "e42"
  ]
  edge [
    source 4
    target 5
    id "e41"
  ]
  edge [
    source 4
    target 15
    id "e43"
  ]
  edge [
    source 5
    target 15
    id "e44"
  ]
  edge [
    source 6
    target 7
    id "e37"
  ]
  edge [
    source 7
    target 17
    id "e40"
  ]
  edge [
    source 7
    target 21
    id "e38"
  ]
  edge [
    source 7
    target 30
    id "e11"
  ]
  edge [
    source 7
    target 15
    id "e39"
  ]
  edge [
    source 8
    target 9
    id "e45"
  ]
  edge [
    source 8
    target 21
    id "e46"
  ]
  edge [
    source 8
    target 25
    id "e47"
  ]
  edge [
    source 8
    target 28
    id "e4"
  ]
  edge [
    source 9
    target 25
    id "e48"
  ]
  edge [
    source 9
    target 28
    id "e5"
  ]
  edge [
    source 10
    target 11
    id "e73"
  ]
  edge [
    source 10
    target 12
    id "e70"
  ]
  edge [
    source 10
    target 13
    id "e71"
  ]
  edge [
    source 10
    target 14
    id "e72"
  ]
  edge [
    source 10
    target 17
    id "e65"
  ]
  edge [
    source 10
    target 25
    id "e56"
  ]
  edge [
    source 10
    target 27
    id "e27"
  ]
  edge [
    source 11
    target 16
    id "e69"
  ]
  edge [
    source 11
    target 17
    id "e66"
  ]
  edge [
    source 11
    target 12
    id "e74"
  ]
  edge [
    source 11
    target 13
    id "e75"
  ]
  edge [
    source 13
    target 16
    id "e67"
  ]
  edge [
    source 13
    target 22
    id "e62"
  ]
  edge [
    source 13
    target 23
    id "e61"
  ]
  edge [
    source 13
    target 24
    id "e57"
  ]
  edge [
    source 13
    target 25
    id "e53"
  ]
  edge [
    source 13
    target 27
    id "e21"
  ]
  edge [
    source 13
    target 28
    id "e0"
  ]
  edge [
    source 14
    target 16
    id "e68"
  ]
  edge [
    source 15
    target 28
    id "e1"
  ]
  edge [
    source 15
    target 29
    id "e8"
  ]
  edge [
    source 16
    target 17
    id "e64"
  ]
  edge [
    source 16
    target 23
    id "e60"
  ]
  edge [
    source 17
    target 22
    id "e63"
  ]
  edge [
    source 17
    target 27
    id "e26"
  ]
  edge [
    source 17
    target 28
    id "e7"
  ]
  edge [
    source 18
    target 25
    id "e52"
  ]
  edge [
    source 18
    target 27
    id "e24"
  ]
  edge [
    source 18
    target 20
    id "e51"
  ]
  edge [
    source 19
    target 20
    id "e50"
  ]
  edge [
    source 20
    target 21
    id "e49"
  ]
  edge [
    source 22
    target 33
    id "e16"
  ]
  edge [
    source 22
    target 23
    id "e59"
  ]
  edge [
    source 22
    target 27
    id "e25"
  ]
  edge [
    source 23
    target 24
    id "e58"
  ]
  edge [
    source 23
    target 25
    id "e55"
  ]
  edge [
    source 24
    target 25
    id "e54"
  ]
  edge [
    source 25
    target 28
    id "e6"
  ]
  edge [
    source 26
    target 27
    id "e20"
  ]
  edge [
    source 26
    target 35
    id "e18"
  ]
  edge [
    source 27
    target 33
    id "e15"
  ]
  edge [
    source 27
    target 35
    id "e19"
  ]
  edge [
    source 30
    target 31
    id "e10"
  ]
  edge [
    source 32
    target 33
    id "e13"
  ]
  edge [
    source 32
    target 34
    id "e14"
  ]
  edge [
    source 34
    target 35
    id "e17"
  ]
]
