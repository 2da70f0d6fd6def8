graph [
  DateObtained "15/11/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Xspedius"
  Provenance "Secondary"
  Access 1
  Source "http://www.isp-planet.com/resources/backbones/xspedius.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Xspedius"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "11"
  LastAccess "15/11/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_11"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
    type "Core"
  ]
  node [
    id 1
    label "Lexington"
    Country "United States"
    Longitude -84.47772
    Internal 1
    Latitude 37.98869
    type "ATM/FR/IP Node"
  ]
  node [
    id 2
    label "Tulsa"
    Country "United States"
    Longitude -95.99278
    Internal 1
    Latitude 36.15398
    type "Core"
  ]
  node [
    id 3
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
    type "Core"
  ]
  node [
    id 4
    label "Memphis"
    Country "United States"
    Longitude -90.04898
    Internal 1
    Latitude 35.14953
    type "Core"
  ]
  node [
    id 5
    label "Jackson"
    Country "United States"
    Longitude -90.18481
    Internal 1
    Latitude 32.29876
    type "ATM/FR/IP Node"
  ]
  node [
    id 6
    label "Louisville"
    Country "United States"
    Longitude -85.75941
    Internal 1
    Latitude 38.25424
    type "ATM/FR/IP Node"
  ]
  node [
    id 7
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
    type "Core"
  ]
  node [
    id 8
    label "Lake Charles"
    Country "United States"
    Longitude -93.2044
    Internal 1
    Latitude 30.21309
    type "ATM/FR/IP Node"
  ]
  node [
    id 9
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
    type "ATM/FR/IP Node"
  ]
  node [
    id 10
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
    type "Core"
  ]
  node [
    id 11
    label "Fort Lauderdale"
    Country "United States"
    Longitude -80.14338
    Internal 1
    Latitude 26.12231
    type "ATM/FR/IP Node"
  ]
  node [
    id 12
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
    type "ATM/FR/IP Node"
  ]
  node [
    id 13
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
    type "ATM/FR/IP Node"
  ]
  node [
    id 14
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
    type "ATM/FR/IP Node"
  ]
  node [
    id 15
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
    type "ATM/FR/IP Node"
  ]
  node [
    id 16
    label "Birmingham"
    Country "United States"
    Longitude -86.80249
    Internal 1
    Latitude 33.52066
    type "ATM/FR/IP Node"
  ]
  node [
    id 17
    label "Montgomery"
    Country "United States"
    Longitude -86.29997
    Internal 1
    Latitude 32.36681
    type "ATM/FR/IP Node"
  ]
  node [
    id 18
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
    type "ATM/FR/IP Node"
  ]
  node [
    id 19
    label "Mobile"
    Country "United States"
    Longitude -88.04305
    Internal 1
    Latitude 30.69436
    type "ATM/FR/IP Node"
  ]
  node [
    id 20
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
    type "ATM/FR/IP Node"
  ]
  node [
    id 21
    label "Columbia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
    type "ATM/FR/IP Node"
  ]
  node [
    id 22
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
    type "ATM/FR/IP Node"
  ]
  node [
    id 23
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "Core"
  ]
  node [
    id 24
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
    type "ATM/FR/IP Node"
  ]
  node [
    id 25
    label "Little Rock"
    Country "United States"
    Longitude -92.28959
    Internal 1
    Latitude 34.74648
    type "ATM/FR/IP Node"
  ]
  node [
    id 26
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
    type "Core"
  ]
  node [
    id 27
    label "Colorado Springs"
    Country "United States"
    Longitude -104.82136
    Internal 1
    Latitude 38.83388
    type "Core"
  ]
  node [
    id 28
    label "Albuquerque"
    Country "United States"
    Longitude -106.65114
    Internal 1
    Latitude 35.08449
    type "Core"
  ]
  node [
    id 29
    label "Tucson"
    Country "United States"
    Longitude -110.92648
    Internal 1
    Latitude 32.22174
    type "Core"
  ]
  node [
    id 30
    label "El Paso"
    Country "United States"
    Longitude -106.48693
    Internal 1
    Latitude 31.75872
    type "Core"
  ]
  node [
    id 31
    label "Fort Worth"
    Country "United States"
    Longitude -97.32085
    Internal 1
    Latitude 32.72541
    type "Core"
  ]
  node [
    id 32
    label "San Antonio"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
    type "ATM/FR/IP Node"
  ]
  node [
    id 33
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
    type "ATM/FR/IP Node"
  ]
  edge [
    source 0
    target 1
    id "e21"
  ]
  edge [
    source 0
    target 3
    id "e20"
  ]
  edge [
    source 0
    target 10
    id "e25"
  ]
  edge [
    source 0
    target 20
    id "e24"
  ]
  edge [
    source 0
    target 22
    id "e23"
  ]
  edge [
    source 0
    target 23
    id "e22"
  ]
  edge [
    source 1
    target 6
    id "e26"
  ]
  edge [
    source 2
    target 3
    id "e19"
  ]
  edge [
    source 2
    target 31
    id "e10"
  ]
  edge [
    source 3
    target 27
    id "e3"
  ]
  edge [
    source 4
    target 8
    id "e32"
  ]
  edge [
    source 4
    target 7
    id "e29"
  ]
  edge [
    source 5
    target 24
    id "e16"
  ]
  edge [
    source 5
    target 25
    id "e18"
  ]
  edge [
    source 5
    target 18
    id "e33"
  ]
  edge [
    source 6
    target 21
    id "e27"
  ]
  edge [
    source 6
    target 15
    id "e28"
  ]
  edge [
    source 7
    target 15
    id "e31"
  ]
  edge [
    source 7
    target 23
    id "e30"
  ]
  edge [
    source 8
    target 33
    id "e15"
  ]
  edge [
    source 8
    target 18
    id "e34"
  ]
  edge [
    source 9
    target 18
    id "e35"
  ]
  edge [
    source 10
    target 11
    id "e47"
  ]
  edge [
    source 10
    target 14
    id "e46"
  ]
  edge [
    source 11
    target 12
    id "e48"
  ]
  edge [
    source 12
    target 23
    id "e42"
  ]
  edge [
    source 13
    target 24
    id "e17"
  ]
  edge [
    source 13
    target 32
    id "e12"
  ]
  edge [
    source 14
    target 19
    id "e36"
  ]
  edge [
    source 14
    target 23
    id "e43"
  ]
  edge [
    source 16
    target 17
    id "e40"
  ]
  edge [
    source 16
    target 18
    id "e38"
  ]
  edge [
    source 16
    target 23
    id "e41"
  ]
  edge [
    source 17
    target 19
    id "e37"
  ]
  edge [
    source 17
    target 23
    id "e39"
  ]
  edge [
    source 20
    target 21
    id "e45"
  ]
  edge [
    source 21
    target 22
    id "e44"
  ]
  edge [
    source 23
    target 31
    id "e8"
  ]
  edge [
    source 24
    target 33
    id "e14"
  ]
  edge [
    source 24
    target 31
    id "e9"
  ]
  edge [
    source 25
    target 31
    id "e11"
  ]
  edge [
    source 26
    target 27
    id "e0"
  ]
  edge [
    source 26
    target 29
    id "e1"
  ]
  edge [
    source 27
    target 28
    id "e2"
  ]
  edge [
    source 28
    target 30
    id "e4"
  ]
  edge [
    source 29
    target 30
    id "e5"
  ]
  edge [
    source 30
    target 32
    id "e7"
  ]
  edge [
    source 30
    target 31
    id "e6"
  ]
  edge [
    source 32
    target 33
    id "e13"
  ]
]
