graph [
  DateObtained "19/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "BTN "
  Provenance "Secondary"
  Note "Now PCCW Global AS3491"
  Source "http://www.isp-planet.com/img/backbones/BTN.jpg"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "BeyondTheNetwork"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "<"
  DateMonth 0
  LastAccess "3/08/10"
  Access 1
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "<2005"
  DateYear 0
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 1
    label "Detroit"
    Country "United States"
    Longitude -83.04575
    Internal 1
    Latitude 42.33143
  ]
  node [
    id 2
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
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
    label "Sacramento"
    Country "United States"
    Longitude -121.4944
    Internal 1
    Latitude 38.58157
  ]
  node [
    id 5
    label "San Jose"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
  ]
  node [
    id 6
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 7
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  node [
    id 8
    label "Sunnyvale"
    Country "United States"
    Longitude -122.03635
    Internal 1
    Latitude 37.36883
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
    label "Seattle"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 11
    label "Los Angeles"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 12
    label "San Jose"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 13
    label "BtN London POP"
    Internal 0
  ]
  node [
    id 14
    label "SIX"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 15
    label "MAE East"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 16
    label "MAE Central"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 17
    label "PAIX"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 18
    label "PAIX"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 19
    label "PAIX"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 20
    label "MAE West"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 21
    label "BtN Frankfurt POP"
    Internal 0
  ]
  node [
    id 22
    label "BtN London POP"
    Internal 0
  ]
  node [
    id 23
    label "AShburn"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 24
    label "Miami"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 25
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
  ]
  node [
    id 26
    label "PAIX"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 27
    label "BtN Hong Kong POP"
    Internal 0
  ]
  node [
    id 28
    label "BtN Hong Kong POP"
    Internal 0
  ]
  node [
    id 29
    label "Atlanta"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 30
    label "Chicago"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 31
    label "New York"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 32
    label "Dallas"
    Internal 0
    type "Private Peering Point"
  ]
  node [
    id 33
    label "NY-IIX"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 34
    label "Ameritech AADS"
    Internal 0
    type "NAP Connection"
  ]
  node [
    id 35
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 36
    label "San Antonio"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 37
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 38
    label "San Diego"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
  ]
  node [
    id 39
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
  ]
  node [
    id 40
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 41
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
  ]
  node [
    id 42
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 43
    label "Washington"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 44
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
  ]
  node [
    id 45
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 46
    label "Minneapolis"
    Country "United States"
    Longitude -93.26384
    Internal 1
    Latitude 44.97997
  ]
  node [
    id 47
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 48
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 49
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 50
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 51
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 52
    label "Vienna"
    Country "United States"
    Longitude -77.26526
    Internal 1
    Latitude 38.90122
  ]
  edge [
    source 0
    target 1
    id "e34"
  ]
  edge [
    source 0
    target 3
    id "e31"
  ]
  edge [
    source 1
    target 47
    id "e6"
  ]
  edge [
    source 2
    target 25
    id "e27"
  ]
  edge [
    source 2
    target 3
    id "e26"
  ]
  edge [
    source 2
    target 44
    id "e25"
  ]
  edge [
    source 2
    target 51
    id "e18"
  ]
  edge [
    source 3
    target 33
    LinkLabel "1Q 2003"
  ]
  edge [
    source 3
    target 13
    id "e30"
  ]
  edge [
    source 3
    target 47
    id "e5"
  ]
  edge [
    source 3
    target 21
    id "e28"
  ]
  edge [
    source 3
    target 22
    id "e29"
  ]
  edge [
    source 3
    target 31
    id "e32"
  ]
  edge [
    source 4
    target 5
    id "e40"
  ]
  edge [
    source 4
    target 7
    id "e39"
  ]
  edge [
    source 5
    target 8
    id "e43"
  ]
  edge [
    source 5
    target 12
    id "e44"
  ]
  edge [
    source 5
    target 45
    id "e0"
  ]
  edge [
    source 5
    target 19
    LinkLabel "1Q 2003"
  ]
  edge [
    source 5
    target 20
    id "e42"
  ]
  edge [
    source 6
    target 26
    LinkLabel "1Q 2003"
  ]
  edge [
    source 6
    target 47
    id "e7"
  ]
  edge [
    source 6
    target 10
    id "e37"
  ]
  edge [
    source 6
    target 14
    id "e36"
  ]
  edge [
    source 6
    target 7
    id "e38"
  ]
  edge [
    source 8
    target 9
    id "e45"
  ]
  edge [
    source 9
    target 35
    id "e50"
  ]
  edge [
    source 9
    target 37
    id "e49"
  ]
  edge [
    source 9
    target 38
    id "e48"
  ]
  edge [
    source 9
    target 11
    id "e51"
  ]
  edge [
    source 9
    target 27
    id "e47"
  ]
  edge [
    source 9
    target 28
    id "e46"
  ]
  edge [
    source 15
    target 52
    id "e22"
  ]
  edge [
    source 16
    target 35
    id "e59"
  ]
  edge [
    source 17
    target 49
    LinkLabel "1Q 2003"
  ]
  edge [
    source 18
    target 40
    LinkLabel "1Q 2003"
  ]
  edge [
    source 23
    target 51
    id "e19"
  ]
  edge [
    source 24
    target 40
    id "e63"
  ]
  edge [
    source 25
    target 43
    id "e24"
  ]
  edge [
    source 25
    target 47
    id "e4"
  ]
  edge [
    source 29
    target 49
    id "e14"
  ]
  edge [
    source 30
    target 47
    id "e8"
  ]
  edge [
    source 32
    target 35
    id "e56"
  ]
  edge [
    source 34
    target 47
    id "e9"
  ]
  edge [
    source 35
    target 36
    id "e55"
  ]
  edge [
    source 35
    target 42
    id "e57"
  ]
  edge [
    source 35
    target 48
    id "e10"
  ]
  edge [
    source 35
    target 49
    id "e15"
  ]
  edge [
    source 35
    target 41
    id "e58"
  ]
  edge [
    source 36
    target 42
    id "e54"
  ]
  edge [
    source 36
    target 37
    id "e53"
  ]
  edge [
    source 37
    target 38
    id "e52"
  ]
  edge [
    source 39
    target 40
    id "e64"
  ]
  edge [
    source 39
    target 41
    id "e61"
  ]
  edge [
    source 40
    target 49
    id "e16"
  ]
  edge [
    source 41
    target 42
    id "e60"
  ]
  edge [
    source 43
    target 50
    id "e17"
  ]
  edge [
    source 43
    target 44
    id "e23"
  ]
  edge [
    source 43
    target 52
    id "e21"
  ]
  edge [
    source 45
    target 47
    id "e1"
  ]
  edge [
    source 46
    target 47
    id "e2"
  ]
  edge [
    source 47
    target 48
    id "e3"
  ]
  edge [
    source 49
    target 50
    id "e12"
  ]
  edge [
    source 49
    target 51
    id "e13"
  ]
  edge [
    source 51
    target 52
    id "e20"
  ]
]
