graph [
  DateObtained "15/11/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "TW Telecom"
  Provenance "Primary"
  Note "Can't find San Jose node "
  Source "http://www.twtelecom.com/about_us/networks.html"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Tw"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "San Diego"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
  ]
  node [
    id 1
    label "Orange County"
    Country "United States"
    Longitude -117.85311
    Internal 1
    Latitude 33.78779
  ]
  node [
    id 2
    label "El Paso"
    Country "United States"
    Longitude -106.48693
    Internal 1
    Latitude 31.75872
  ]
  node [
    id 3
    label "Honolulu"
    Country "United States"
    Longitude -157.85833
    Internal 1
    Latitude 21.30694
  ]
  node [
    id 4
    label "San Louis Obispo"
    Country "United States"
    Longitude -120.65962
    Internal 1
    Latitude 35.28275
  ]
  node [
    id 5
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  node [
    id 6
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 7
    label "Santa Barbara"
    Country "United States"
    Longitude -119.69819
    Internal 1
    Latitude 34.42083
  ]
  node [
    id 8
    label "New Jersey"
    Country "United States"
    Longitude -74.07764
    Internal 1
    Latitude 40.72816
  ]
  node [
    id 9
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
  ]
  node [
    id 10
    label "Oakland"
    Country "United States"
    Longitude -122.2708
    Internal 1
    Latitude 37.80437
  ]
  node [
    id 11
    label "Sacramento"
    Country "United States"
    Longitude -121.4944
    Internal 1
    Latitude 38.58157
  ]
  node [
    id 12
    label "Rochester"
    Country "United States"
    Longitude -77.61556
    Internal 1
    Latitude 43.15478
  ]
  node [
    id 13
    label "Binghamton"
    Country "United States"
    Longitude -75.91797
    Internal 1
    Latitude 42.09869
  ]
  node [
    id 14
    label "Dayton"
    Country "United States"
    Longitude -84.19161
    Internal 1
    Latitude 39.75895
  ]
  node [
    id 15
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
  ]
  node [
    id 16
    label "Birmingham"
    Country "United States"
    Longitude -86.80249
    Internal 1
    Latitude 33.52066
  ]
  node [
    id 17
    label "Memphis"
    Country "United States"
    Longitude -90.04898
    Internal 1
    Latitude 35.14953
  ]
  node [
    id 18
    label "Lafayette"
    Country "United States"
    Longitude -92.01984
    Internal 1
    Latitude 30.22409
  ]
  node [
    id 19
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
  ]
  node [
    id 20
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
  ]
  node [
    id 21
    label "Jackson"
    Country "United States"
    Longitude -90.18481
    Internal 1
    Latitude 32.29876
  ]
  node [
    id 22
    label "Mobile"
    Country "United States"
    Longitude -88.04305
    Internal 1
    Latitude 30.69436
  ]
  node [
    id 23
    label "Montgomery"
    Country "United States"
    Longitude -86.29997
    Internal 1
    Latitude 32.36681
  ]
  node [
    id 24
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
  ]
  node [
    id 25
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 26
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
  ]
  node [
    id 27
    label "Washington DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 28
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 29
    label "St Louis"
    Country "United States"
    Longitude -90.19789
    Internal 1
    Latitude 38.62727
  ]
  node [
    id 30
    label "Shreveport"
    Country "United States"
    Longitude -93.75018
    Internal 1
    Latitude 32.52515
  ]
  node [
    id 31
    label "Orlando"
    Country "United States"
    Longitude -81.37924
    Internal 1
    Latitude 28.53834
  ]
  node [
    id 32
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 33
    label "Fayatteville"
    Country "United States"
    Longitude -78.87836
    Internal 1
    Latitude 35.05266
  ]
  node [
    id 34
    label "Albany"
    Country "United States"
    Longitude -73.75623
    Internal 1
    Latitude 42.65258
  ]
  node [
    id 35
    label "Lexington"
    Country "United States"
    Longitude -84.47772
    Internal 1
    Latitude 37.98869
  ]
  node [
    id 36
    label "Cincinnati"
    Country "United States"
    Longitude -84.45689
    Internal 1
    Latitude 39.162
  ]
  node [
    id 37
    label "Columnia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
  ]
  node [
    id 38
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
  ]
  node [
    id 39
    label "Chattanooga"
    Country "United States"
    Longitude -85.30968
    Internal 1
    Latitude 35.04563
  ]
  node [
    id 40
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
  ]
  node [
    id 41
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
  ]
  node [
    id 42
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 43
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 44
    label "Little Rock"
    Country "United States"
    Longitude -92.28959
    Internal 1
    Latitude 34.74648
  ]
  node [
    id 45
    label "Minneapolis"
    Country "United States"
    Longitude -93.26384
    Internal 1
    Latitude 44.97997
  ]
  node [
    id 46
    label "Tulsa"
    Country "United States"
    Longitude -95.99278
    Internal 1
    Latitude 36.15398
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
    label "Milwauke"
    Country "United States"
    Longitude -87.90647
    Internal 1
    Latitude 43.0389
  ]
  node [
    id 49
    label "Louisville"
    Country "United States"
    Longitude -85.75941
    Internal 1
    Latitude 38.25424
  ]
  node [
    id 50
    label "Charleston"
    Country "United States"
    Longitude -81.63262
    Internal 1
    Latitude 38.34982
  ]
  node [
    id 51
    label "Lake Charles"
    Country "United States"
    Longitude -93.2044
    Internal 1
    Latitude 30.21309
  ]
  node [
    id 52
    label "Corpus Christi"
    Country "United States"
    Longitude -97.39638
    Internal 1
    Latitude 27.80058
  ]
  node [
    id 53
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
  ]
  node [
    id 54
    label "Fort Worth"
    Country "United States"
    Longitude -97.32085
    Internal 1
    Latitude 32.72541
  ]
  node [
    id 55
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
  ]
  node [
    id 56
    label "Bakersfield"
    Country "United States"
    Longitude -119.01871
    Internal 1
    Latitude 35.37329
  ]
  node [
    id 57
    label "Fresno"
    Country "United States"
    Longitude -119.77237
    Internal 1
    Latitude 36.74773
  ]
  node [
    id 58
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 59
    label "San Antonio"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 60
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 61
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 62
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 63
    label "Indianapolis"
    Country "United States"
    Longitude -86.15804
    Internal 1
    Latitude 39.76838
  ]
  node [
    id 64
    label "Fort Lauderdale"
    Country "United States"
    Longitude -80.14338
    Internal 1
    Latitude 26.12231
  ]
  node [
    id 65
    label "Spartanburg"
    Country "United States"
    Longitude -81.93205
    Internal 1
    Latitude 34.94957
  ]
  node [
    id 66
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 67
    label "Tucson"
    Country "United States"
    Longitude -110.92648
    Internal 1
    Latitude 32.22174
  ]
  node [
    id 68
    label "Boise"
    Country "United States"
    Longitude -116.20345
    Internal 1
    Latitude 43.6135
  ]
  node [
    id 69
    label "Spokane"
    Country "United States"
    Longitude -117.42605
    Internal 1
    Latitude 47.65878
  ]
  node [
    id 70
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 71
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  node [
    id 72
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 73
    label "Colorado Springs"
    Country "United States"
    Longitude -104.82136
    Internal 1
    Latitude 38.83388
  ]
  node [
    id 74
    label "Amarillo"
    Country "United States"
    Longitude -101.8313
    Internal 1
    Latitude 35.222
  ]
  node [
    id 75
    label "Albuquerque"
    Country "United States"
    Longitude -106.65114
    Internal 1
    Latitude 35.08449
  ]
  edge [
    source 0
    target 1
    id "e24"
  ]
  edge [
    source 0
    target 1
    id "e25"
  ]
  edge [
    source 0
    target 67
    id "e20"
  ]
  edge [
    source 1
    target 3
    id "e23"
  ]
  edge [
    source 1
    target 6
    id "e26"
  ]
  edge [
    source 2
    target 66
    id "e18"
  ]
  edge [
    source 2
    target 54
    id "e21"
  ]
  edge [
    source 3
    target 10
    id "e22"
  ]
  edge [
    source 4
    target 5
    id "e33"
  ]
  edge [
    source 5
    target 10
    id "e34"
  ]
  edge [
    source 5
    target 7
    id "e32"
  ]
  edge [
    source 6
    target 7
    id "e27"
  ]
  edge [
    source 6
    target 10
    id "e28"
  ]
  edge [
    source 6
    target 54
    id "e31"
  ]
  edge [
    source 6
    target 55
    id "e30"
  ]
  edge [
    source 6
    target 56
    id "e29"
  ]
  edge [
    source 8
    target 9
    id "e102"
  ]
  edge [
    source 9
    target 27
    id "e103"
  ]
  edge [
    source 9
    target 27
    id "e104"
  ]
  edge [
    source 10
    target 32
    id "e10"
  ]
  edge [
    source 10
    target 70
    id "e6"
  ]
  edge [
    source 10
    target 11
    id "e35"
  ]
  edge [
    source 10
    target 57
    id "e36"
  ]
  edge [
    source 11
    target 71
    id "e8"
  ]
  edge [
    source 12
    target 72
    id "e99"
  ]
  edge [
    source 12
    target 34
    id "e98"
  ]
  edge [
    source 12
    target 13
    id "e97"
  ]
  edge [
    source 12
    target 47
    id "e83"
  ]
  edge [
    source 14
    target 36
    id "e93"
  ]
  edge [
    source 14
    target 15
    id "e94"
  ]
  edge [
    source 15
    target 72
    id "e96"
  ]
  edge [
    source 15
    target 27
    id "e95"
  ]
  edge [
    source 15
    target 63
    id "e89"
  ]
  edge [
    source 16
    target 17
    id "e73"
  ]
  edge [
    source 16
    target 25
    id "e67"
  ]
  edge [
    source 17
    target 38
    id "e74"
  ]
  edge [
    source 17
    target 44
    id "e75"
  ]
  edge [
    source 17
    target 61
    id "e40"
  ]
  edge [
    source 17
    target 25
    id "e68"
  ]
  edge [
    source 17
    target 29
    id "e76"
  ]
  edge [
    source 18
    target 51
    id "e55"
  ]
  edge [
    source 18
    target 51
    id "e56"
  ]
  edge [
    source 18
    target 20
    id "e58"
  ]
  edge [
    source 19
    target 51
    id "e57"
  ]
  edge [
    source 20
    target 25
    id "e61"
  ]
  edge [
    source 20
    target 21
    id "e59"
  ]
  edge [
    source 20
    target 22
    id "e60"
  ]
  edge [
    source 22
    target 23
    id "e62"
  ]
  edge [
    source 23
    target 24
    id "e63"
  ]
  edge [
    source 24
    target 25
    id "e64"
  ]
  edge [
    source 25
    target 37
    id "e65"
  ]
  edge [
    source 25
    target 40
    id "e72"
  ]
  edge [
    source 25
    target 41
    id "e71"
  ]
  edge [
    source 25
    target 53
    id "e66"
  ]
  edge [
    source 25
    target 63
    id "e69"
  ]
  edge [
    source 25
    target 61
    id "e47"
  ]
  edge [
    source 25
    target 31
    id "e70"
  ]
  edge [
    source 26
    target 64
    id "e116"
  ]
  edge [
    source 26
    target 58
    id "e51"
  ]
  edge [
    source 26
    target 53
    id "e113"
  ]
  edge [
    source 26
    target 31
    id "e115"
  ]
  edge [
    source 27
    target 72
    id "e101"
  ]
  edge [
    source 27
    target 41
    id "e106"
  ]
  edge [
    source 27
    target 47
    id "e85"
  ]
  edge [
    source 27
    target 28
    id "e105"
  ]
  edge [
    source 28
    target 33
    id "e107"
  ]
  edge [
    source 28
    target 42
    id "e108"
  ]
  edge [
    source 29
    target 63
    id "e86"
  ]
  edge [
    source 30
    target 51
    id "e54"
  ]
  edge [
    source 31
    target 64
    id "e114"
  ]
  edge [
    source 32
    target 61
    id "e9"
  ]
  edge [
    source 32
    target 68
    id "e3"
  ]
  edge [
    source 32
    target 45
    id "e11"
  ]
  edge [
    source 32
    target 47
    id "e12"
  ]
  edge [
    source 33
    target 41
    id "e111"
  ]
  edge [
    source 34
    target 72
    id "e100"
  ]
  edge [
    source 35
    target 49
    id "e91"
  ]
  edge [
    source 35
    target 36
    id "e92"
  ]
  edge [
    source 36
    target 63
    id "e88"
  ]
  edge [
    source 37
    target 41
    id "e110"
  ]
  edge [
    source 38
    target 49
    id "e90"
  ]
  edge [
    source 40
    target 41
    id "e112"
  ]
  edge [
    source 41
    target 42
    id "e109"
  ]
  edge [
    source 41
    target 58
    id "e52"
  ]
  edge [
    source 41
    target 61
    id "e46"
  ]
  edge [
    source 43
    target 46
    id "e77"
  ]
  edge [
    source 43
    target 47
    id "e78"
  ]
  edge [
    source 44
    target 61
    id "e43"
  ]
  edge [
    source 45
    target 48
    id "e79"
  ]
  edge [
    source 45
    target 47
    id "e80"
  ]
  edge [
    source 46
    target 61
    id "e41"
  ]
  edge [
    source 47
    target 72
    id "e84"
  ]
  edge [
    source 47
    target 48
    id "e81"
  ]
  edge [
    source 47
    target 61
    id "e42"
  ]
  edge [
    source 47
    target 63
    id "e82"
  ]
  edge [
    source 49
    target 63
    id "e87"
  ]
  edge [
    source 51
    target 58
    id "e53"
  ]
  edge [
    source 54
    target 60
    id "e39"
  ]
  edge [
    source 54
    target 61
    id "e38"
  ]
  edge [
    source 55
    target 66
    id "e19"
  ]
  edge [
    source 55
    target 68
    id "e4"
  ]
  edge [
    source 56
    target 57
    id "e37"
  ]
  edge [
    source 58
    target 59
    id "e50"
  ]
  edge [
    source 58
    target 60
    id "e49"
  ]
  edge [
    source 58
    target 61
    id "e45"
  ]
  edge [
    source 59
    target 60
    id "e48"
  ]
  edge [
    source 60
    target 61
    id "e44"
  ]
  edge [
    source 61
    target 66
    id "e16"
  ]
  edge [
    source 61
    target 73
    id "e13"
  ]
  edge [
    source 62
    target 64
    id "e117"
  ]
  edge [
    source 66
    target 75
    id "e15"
  ]
  edge [
    source 66
    target 67
    id "e17"
  ]
  edge [
    source 68
    target 69
    id "e0"
  ]
  edge [
    source 68
    target 70
    id "e1"
  ]
  edge [
    source 68
    target 71
    id "e2"
  ]
  edge [
    source 69
    target 70
    id "e5"
  ]
  edge [
    source 70
    target 71
    id "e7"
  ]
  edge [
    source 73
    target 75
    id "e14"
  ]
]
