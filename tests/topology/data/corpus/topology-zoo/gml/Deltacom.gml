graph [
  DateObtained "18/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "ITC Deltacom "
  Provenance "Primary"
  Note "No name next to Lexington, most likely Greensboro based on http://web.archive.org/web/20061209005954/http://www.deltacom.com/docs/CORPORATE+FACT+SHEET.pdf"
  Source "http://deltacom.com/doc/NetworkReach_011110.pdf"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Deltacom"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
  ]
  node [
    id 1
    label "Sarasota"
    Country "United States"
    Longitude -82.53065
    Internal 1
    Latitude 27.33643
  ]
  node [
    id 2
    label "Dothan"
    Country "United States"
    Longitude -85.39049
    Internal 1
    Latitude 31.22323
  ]
  node [
    id 3
    label "Tallahassee"
    Country "United States"
    Longitude -84.28073
    Internal 1
    Latitude 30.43826
  ]
  node [
    id 4
    label "Lake City"
    geocode_append "Florida"
    Country "United States"
    Longitude -82.63929
    Internal 1
    Latitude 30.18968
  ]
  node [
    id 5
    label "Valdosta"
    Country "United States"
    Longitude -83.27849
    Internal 1
    Latitude 30.8327
  ]
  node [
    id 6
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
  ]
  node [
    id 7
    label "Gainesville"
    Country "United States"
    Longitude -82.32483
    Internal 1
    Latitude 29.65163
  ]
  node [
    id 8
    label "Ocala"
    Country "United States"
    Longitude -82.14009
    Internal 1
    Latitude 29.1872
  ]
  node [
    id 9
    label "Winter Haven"
    Country "United States"
    Longitude -81.73286
    Internal 1
    Latitude 28.02224
  ]
  node [
    id 10
    label "Winston-Salem"
    Country "United States"
    Longitude -80.24422
    Internal 1
    Latitude 36.09986
  ]
  node [
    id 11
    label "Lexington"
    geocode_append "NC"
    Country "United States"
    Longitude -80.25338
    Internal 1
    Latitude 35.82403
  ]
  node [
    id 12
    label "Durham"
    Country "United States"
    Longitude -78.89862
    Internal 1
    Latitude 35.99403
  ]
  node [
    id 13
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 14
    label "Newnah?"
    Country "United States"
    Longitude -84.79966
    Internal 1
    Latitude 33.38067
  ]
  node [
    id 15
    label "Gainesville"
    geocode_append "GA"
    Country "United States"
    Longitude -83.82407
    Internal 1
    Latitude 34.29788
  ]
  node [
    id 16
    label "Hickory"
    Country "United States"
    Longitude -81.3412
    Internal 1
    Latitude 35.73319
  ]
  node [
    id 17
    label "Lagrange?"
    geocode_append "GA"
    Country "United States"
    Longitude -85.03133
    Internal 1
    Latitude 33.03929
  ]
  node [
    id 18
    label "Rocky Mount"
    Country "United States"
    Longitude -77.79053
    Internal 1
    Latitude 35.93821
  ]
  node [
    id 19
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 20
    label "Shreveport"
    Country "United States"
    Longitude -93.75018
    Internal 1
    Latitude 32.52515
  ]
  node [
    id 21
    label "Monroe"
    geocode_append "LA"
    Country "United States"
    Longitude -92.1193
    Internal 1
    Latitude 32.50931
  ]
  node [
    id 22
    label "Alexandria"
    geocode_append "LA"
    Country "United States"
    Longitude -92.44514
    Internal 1
    Latitude 31.31129
  ]
  node [
    id 23
    label "Longview"
    Country "United States"
    Longitude -94.74049
    Internal 1
    Latitude 32.5007
  ]
  node [
    id 24
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
  ]
  node [
    id 25
    label "Jackson"
    Country "United States"
    Longitude -90.18481
    Internal 1
    Latitude 32.29876
  ]
  node [
    id 26
    label "Vicksburg"
    Country "United States"
    Longitude -90.87788
    Internal 1
    Latitude 32.35265
  ]
  node [
    id 27
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
  ]
  node [
    id 28
    label "Pine Bluff"
    Country "United States"
    Longitude -92.0032
    Internal 1
    Latitude 34.22843
  ]
  node [
    id 29
    label "Little Rock"
    Country "United States"
    Longitude -92.28959
    Internal 1
    Latitude 34.74648
  ]
  node [
    id 30
    label "Myrtle Beach"
    Country "United States"
    Longitude -78.88669
    Internal 1
    Latitude 33.68906
  ]
  node [
    id 31
    label "Florence"
    Country "United States"
    Longitude -79.76256
    Internal 1
    Latitude 34.19543
  ]
  node [
    id 32
    label "Washington"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 33
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
  ]
  node [
    id 34
    label "Richmond"
    Country "United States"
    Longitude -77.46026
    Internal 1
    Latitude 37.55376
  ]
  node [
    id 35
    label "Norfolk"
    Country "United States"
    Longitude -76.28522
    Internal 1
    Latitude 36.84681
  ]
  node [
    id 36
    label "Wilmington"
    Country "United States"
    Longitude -77.94471
    Internal 1
    Latitude 34.22573
  ]
  node [
    id 37
    label "Fayatteville"
    Country "United States"
    Longitude -78.87836
    Internal 1
    Latitude 35.05266
  ]
  node [
    id 38
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
  ]
  node [
    id 39
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 40
    label "Alexander City"
    Country "United States"
    Longitude -85.95385
    Internal 1
    Latitude 32.94401
  ]
  node [
    id 41
    label "Auburn"
    geocode_append "Alabama"
    Country "United States"
    Longitude -85.48078
    Internal 1
    Latitude 32.60986
  ]
  node [
    id 42
    label "Opelika"
    Country "United States"
    Longitude -85.37828
    Internal 1
    Latitude 32.64541
  ]
  node [
    id 43
    label "Lagrange"
    geocode_append "GA"
    Country "United States"
    Longitude -85.03133
    Internal 1
    Latitude 33.03929
  ]
  node [
    id 44
    label "West Point"
    Country "United States"
    Longitude -88.65033
    Internal 1
    Latitude 33.60762
  ]
  node [
    id 45
    label "Albany"
    geocode_append "GA"
    Country "United States"
    Longitude -84.15574
    Internal 1
    Latitude 31.57851
  ]
  node [
    id 46
    label "Macon"
    Country "United States"
    Longitude -83.6324
    Internal 1
    Latitude 32.84069
  ]
  node [
    id 47
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 48
    label "Gadsden"
    Country "United States"
    Longitude -86.00664
    Internal 1
    Latitude 34.01426
  ]
  node [
    id 49
    label "Anniston"
    Country "United States"
    Longitude -85.83163
    Internal 1
    Latitude 33.65983
  ]
  node [
    id 50
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
  ]
  node [
    id 51
    label "Chattanooga"
    Country "United States"
    Longitude -85.30968
    Internal 1
    Latitude 35.04563
  ]
  node [
    id 52
    label "Knoxville"
    Country "United States"
    Longitude -83.92074
    Internal 1
    Latitude 35.96064
  ]
  node [
    id 53
    label "Sylva"
    Country "United States"
    Longitude -83.22598
    Internal 1
    Latitude 35.37371
  ]
  node [
    id 54
    label "Birmingham"
    Country "United States"
    Longitude -86.80249
    Internal 1
    Latitude 33.52066
  ]
  node [
    id 55
    label "Montgomery"
    Country "United States"
    Longitude -86.29997
    Internal 1
    Latitude 32.36681
  ]
  node [
    id 56
    label "Arab"
    Country "United States"
    Longitude -86.49582
    Internal 1
    Latitude 34.31815
  ]
  node [
    id 57
    label "Huntsville"
    Country "United States"
    Longitude -86.5861
    Internal 1
    Latitude 34.73037
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
    label "Ashville"
    Country "United States"
    Longitude -82.55402
    Internal 1
    Latitude 35.60095
  ]
  node [
    id 60
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
  ]
  node [
    id 61
    label "Beaumont"
    Country "United States"
    Longitude -94.10185
    Internal 1
    Latitude 30.08605
  ]
  node [
    id 62
    label "Daytona Beach"
    Country "United States"
    Longitude -81.02283
    Internal 1
    Latitude 29.21081
  ]
  node [
    id 63
    label "Orlando"
    Country "United States"
    Longitude -81.37924
    Internal 1
    Latitude 28.53834
  ]
  node [
    id 64
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 65
    label "Ft Myers"
    Country "United States"
    Longitude -81.84059
    Internal 1
    Latitude 26.62168
  ]
  node [
    id 66
    label "Fort Lauderdale"
    Country "United States"
    Longitude -80.14338
    Internal 1
    Latitude 26.12231
  ]
  node [
    id 67
    label "Hollywood"
    Country "United States"
    Longitude -80.14949
    Internal 1
    Latitude 26.0112
  ]
  node [
    id 68
    label "Vero Beach"
    Country "United States"
    Longitude -80.39727
    Internal 1
    Latitude 27.63864
  ]
  node [
    id 69
    label "West Palm Beach"
    Country "United States"
    Longitude -80.05337
    Internal 1
    Latitude 26.71534
  ]
  node [
    id 70
    label "Cocoa Beach"
    Country "United States"
    Longitude -80.60755
    Internal 1
    Latitude 28.32001
  ]
  node [
    id 71
    label "Melbourne"
    Country "United States"
    Longitude -80.60811
    Internal 1
    Latitude 28.08363
  ]
  node [
    id 72
    label "Augusta"
    geocode_append "GA"
    Country "United States"
    Longitude -81.97484
    Internal 1
    Latitude 33.47097
  ]
  node [
    id 73
    label "Athens"
    Country "United States"
    Longitude -83.37794
    Internal 1
    Latitude 33.96095
  ]
  node [
    id 74
    label "Sumter"
    Country "United States"
    Longitude -80.34147
    Internal 1
    Latitude 33.92044
  ]
  node [
    id 75
    label "Columbia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
  ]
  node [
    id 76
    label "Orangeburg"
    Country "United States"
    Longitude -80.85565
    Internal 1
    Latitude 33.49182
  ]
  node [
    id 77
    label "Charleston"
    geocode_append "SC"
    Country "United States"
    Longitude -79.93092
    Internal 1
    Latitude 32.77657
  ]
  node [
    id 78
    label "Hilton Head"
    Country "United States"
    Longitude -80.75261
    Internal 1
    Latitude 32.21632
  ]
  node [
    id 79
    label "Beaufort"
    Country "United States"
    Longitude -80.66983
    Internal 1
    Latitude 32.43158
  ]
  node [
    id 80
    label "Saunt Augustine"
    Country "United States"
    Longitude -81.31452
    Internal 1
    Latitude 29.89469
  ]
  node [
    id 81
    label "Savannah"
    Country "United States"
    Longitude -81.09983
    Internal 1
    Latitude 32.08354
  ]
  node [
    id 82
    label "Lake Charles"
    Country "United States"
    Longitude -93.2044
    Internal 1
    Latitude 30.21309
  ]
  node [
    id 83
    label "Lafayette"
    Country "United States"
    Longitude -92.01984
    Internal 1
    Latitude 30.22409
  ]
  node [
    id 84
    label "None"
    Internal 1
  ]
  node [
    id 85
    label "None"
    Internal 1
  ]
  node [
    id 86
    label "None"
    Internal 1
  ]
  node [
    id 87
    label "Panama City"
    Country "United States"
    Longitude -85.66021
    Internal 1
    Latitude 30.15881
  ]
  node [
    id 88
    label "Crestview"
    Country "United States"
    Longitude -86.57051
    Internal 1
    Latitude 30.76213
  ]
  node [
    id 89
    label "Meridian"
    Country "United States"
    Longitude -88.70366
    Internal 1
    Latitude 32.36431
  ]
  node [
    id 90
    label "Tuscaloosa"
    Country "United States"
    Longitude -87.56917
    Internal 1
    Latitude 33.20984
  ]
  node [
    id 91
    label "Jackson"
    geocode_append "TN"
    Country "United States"
    Longitude -88.81395
    Internal 1
    Latitude 35.61452
  ]
  node [
    id 92
    label "Memphis"
    Country "United States"
    Longitude -90.04898
    Internal 1
    Latitude 35.14953
  ]
  node [
    id 93
    label "Pensacola"
    Country "United States"
    Longitude -87.21691
    Internal 1
    Latitude 30.42131
  ]
  node [
    id 94
    label "Mobile"
    Country "United States"
    Longitude -88.04305
    Internal 1
    Latitude 30.69436
  ]
  node [
    id 95
    label "Gulfport"
    Country "United States"
    Longitude -89.09282
    Internal 1
    Latitude 30.36742
  ]
  node [
    id 96
    label "Hattiesburg"
    Country "United States"
    Longitude -89.29034
    Internal 1
    Latitude 31.32712
  ]
  node [
    id 97
    label "None"
    Internal 1
  ]
  node [
    id 98
    label "None"
    Internal 1
  ]
  node [
    id 99
    label "None"
    Internal 1
  ]
  node [
    id 100
    label "None"
    Internal 1
  ]
  node [
    id 101
    label "None"
    Internal 1
  ]
  node [
    id 102
    label "None"
    Internal 1
  ]
  node [
    id 103
    label "None"
    Internal 1
  ]
  node [
    id 104
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
  ]
  node [
    id 105
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 106
    label "Waco"
    Country "United States"
    Longitude -97.14667
    Internal 1
    Latitude 31.54933
  ]
  node [
    id 107
    label "Bryan"
    Country "United States"
    Longitude -96.36996
    Internal 1
    Latitude 30.67436
  ]
  node [
    id 108
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 109
    label "San Marcos"
    geocode_append "Texas"
    Country "United States"
    Longitude -97.94139
    Internal 1
    Latitude 29.88327
  ]
  node [
    id 110
    label "San Antonia"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 111
    label "None"
    Internal 1
  ]
  node [
    id 112
    label "None"
    Internal 1
  ]
  edge [
    source 0
    target 64
    id "e64"
  ]
  edge [
    source 0
    target 64
    id "e65"
  ]
  edge [
    source 0
    target 1
    id "e66"
  ]
  edge [
    source 0
    target 9
    id "e61"
  ]
  edge [
    source 0
    target 8
    id "e59"
  ]
  edge [
    source 0
    target 63
    id "e62"
  ]
  edge [
    source 0
    target 63
    id "e63"
  ]
  edge [
    source 1
    target 65
    id "e67"
  ]
  edge [
    source 2
    target 55
    id "e40"
  ]
  edge [
    source 2
    target 87
    id "e39"
  ]
  edge [
    source 3
    target 88
    id "e38"
  ]
  edge [
    source 3
    target 4
    id "e42"
  ]
  edge [
    source 3
    target 4
    id "e41"
  ]
  edge [
    source 3
    target 45
    id "e44"
  ]
  edge [
    source 3
    target 86
    id "e43"
  ]
  edge [
    source 3
    target 47
    id "e45"
  ]
  edge [
    source 4
    target 86
    id "e46"
  ]
  edge [
    source 4
    target 5
    id "e47"
  ]
  edge [
    source 4
    target 6
    id "e48"
  ]
  edge [
    source 4
    target 6
    id "e49"
  ]
  edge [
    source 4
    target 7
    id "e50"
  ]
  edge [
    source 5
    target 46
    id "e51"
  ]
  edge [
    source 6
    target 80
    id "e53"
  ]
  edge [
    source 6
    target 81
    id "e54"
  ]
  edge [
    source 6
    target 62
    id "e52"
  ]
  edge [
    source 7
    target 8
    id "e55"
  ]
  edge [
    source 8
    target 86
    id "e58"
  ]
  edge [
    source 8
    target 63
    id "e57"
  ]
  edge [
    source 8
    target 63
    id "e56"
  ]
  edge [
    source 9
    target 63
    id "e60"
  ]
  edge [
    source 10
    target 16
    id "e149"
  ]
  edge [
    source 10
    target 104
    id "e153"
  ]
  edge [
    source 10
    target 11
    id "e151"
  ]
  edge [
    source 10
    target 13
    id "e154"
  ]
  edge [
    source 11
    target 16
    id "e147"
  ]
  edge [
    source 11
    target 104
    id "e150"
  ]
  edge [
    source 11
    target 13
    id "e152"
  ]
  edge [
    source 12
    target 19
    id "e156"
  ]
  edge [
    source 12
    target 13
    id "e155"
  ]
  edge [
    source 14
    target 17
    id "e145"
  ]
  edge [
    source 14
    target 84
    id "e146"
  ]
  edge [
    source 15
    target 97
    id "e144"
  ]
  edge [
    source 15
    target 47
    id "e115"
  ]
  edge [
    source 16
    target 104
    id "e148"
  ]
  edge [
    source 17
    target 43
    id "e120"
  ]
  edge [
    source 18
    target 19
    id "e161"
  ]
  edge [
    source 18
    target 35
    id "e162"
  ]
  edge [
    source 19
    target 104
    id "e160"
  ]
  edge [
    source 19
    target 36
    id "e157"
  ]
  edge [
    source 19
    target 37
    id "e159"
  ]
  edge [
    source 19
    target 37
    id "e158"
  ]
  edge [
    source 20
    target 21
    id "e16"
  ]
  edge [
    source 20
    target 22
    id "e14"
  ]
  edge [
    source 20
    target 23
    id "e15"
  ]
  edge [
    source 21
    target 26
    id "e17"
  ]
  edge [
    source 22
    target 83
    id "e12"
  ]
  edge [
    source 23
    target 105
    id "e1"
  ]
  edge [
    source 24
    target 25
    id "e21"
  ]
  edge [
    source 24
    target 27
    id "e19"
  ]
  edge [
    source 24
    target 95
    id "e20"
  ]
  edge [
    source 25
    target 89
    id "e24"
  ]
  edge [
    source 25
    target 26
    id "e18"
  ]
  edge [
    source 25
    target 28
    id "e22"
  ]
  edge [
    source 25
    target 92
    id "e23"
  ]
  edge [
    source 27
    target 83
    id "e13"
  ]
  edge [
    source 28
    target 29
    id "e25"
  ]
  edge [
    source 29
    target 92
    id "e26"
  ]
  edge [
    source 30
    target 103
    id "e175"
  ]
  edge [
    source 30
    target 36
    id "e171"
  ]
  edge [
    source 30
    target 36
    id "e170"
  ]
  edge [
    source 30
    target 77
    id "e97"
  ]
  edge [
    source 30
    target 31
    id "e174"
  ]
  edge [
    source 31
    target 112
    id "e176"
  ]
  edge [
    source 31
    target 36
    id "e172"
  ]
  edge [
    source 31
    target 37
    id "e173"
  ]
  edge [
    source 32
    target 33
    id "e165"
  ]
  edge [
    source 32
    target 34
    id "e164"
  ]
  edge [
    source 33
    target 38
    id "e166"
  ]
  edge [
    source 34
    target 35
    id "e163"
  ]
  edge [
    source 36
    target 37
    id "e168"
  ]
  edge [
    source 36
    target 37
    id "e169"
  ]
  edge [
    source 38
    target 39
    id "e167"
  ]
  edge [
    source 40
    target 41
    id "e122"
  ]
  edge [
    source 40
    target 49
    id "e123"
  ]
  edge [
    source 41
    target 42
    id "e121"
  ]
  edge [
    source 42
    target 43
    id "e119"
  ]
  edge [
    source 43
    target 45
    id "e118"
  ]
  edge [
    source 44
    target 47
    id "e117"
  ]
  edge [
    source 46
    target 47
    id "e116"
  ]
  edge [
    source 47
    target 73
    id "e108"
  ]
  edge [
    source 47
    target 51
    id "e110"
  ]
  edge [
    source 47
    target 84
    id "e112"
  ]
  edge [
    source 47
    target 111
    id "e111"
  ]
  edge [
    source 47
    target 60
    id "e114"
  ]
  edge [
    source 47
    target 60
    id "e113"
  ]
  edge [
    source 48
    target 57
    id "e127"
  ]
  edge [
    source 48
    target 49
    id "e125"
  ]
  edge [
    source 49
    target 84
    id "e124"
  ]
  edge [
    source 49
    target 54
    id "e126"
  ]
  edge [
    source 50
    target 57
    id "e133"
  ]
  edge [
    source 50
    target 91
    id "e28"
  ]
  edge [
    source 50
    target 52
    id "e135"
  ]
  edge [
    source 50
    target 51
    id "e134"
  ]
  edge [
    source 52
    target 53
    id "e136"
  ]
  edge [
    source 53
    target 59
    id "e137"
  ]
  edge [
    source 53
    target 60
    id "e138"
  ]
  edge [
    source 54
    target 56
    id "e128"
  ]
  edge [
    source 54
    target 90
    id "e29"
  ]
  edge [
    source 54
    target 111
    id "e129"
  ]
  edge [
    source 54
    target 55
    id "e130"
  ]
  edge [
    source 55
    target 94
    id "e35"
  ]
  edge [
    source 55
    target 111
    id "e131"
  ]
  edge [
    source 56
    target 57
    id "e132"
  ]
  edge [
    source 58
    target 105
    id "e2"
  ]
  edge [
    source 58
    target 61
    id "e9"
  ]
  edge [
    source 58
    target 110
    id "e8"
  ]
  edge [
    source 59
    target 60
    id "e139"
  ]
  edge [
    source 60
    target 104
    id "e142"
  ]
  edge [
    source 60
    target 104
    id "e140"
  ]
  edge [
    source 60
    target 104
    id "e141"
  ]
  edge [
    source 60
    target 97
    id "e143"
  ]
  edge [
    source 61
    target 82
    id "e10"
  ]
  edge [
    source 62
    target 80
    id "e82"
  ]
  edge [
    source 62
    target 70
    id "e79"
  ]
  edge [
    source 62
    target 85
    id "e81"
  ]
  edge [
    source 63
    target 85
    id "e80"
  ]
  edge [
    source 63
    target 70
    id "e78"
  ]
  edge [
    source 64
    target 65
    id "e68"
  ]
  edge [
    source 64
    target 66
    id "e71"
  ]
  edge [
    source 64
    target 66
    id "e70"
  ]
  edge [
    source 64
    target 67
    id "e69"
  ]
  edge [
    source 66
    target 67
    id "e72"
  ]
  edge [
    source 66
    target 69
    id "e73"
  ]
  edge [
    source 66
    target 85
    id "e74"
  ]
  edge [
    source 68
    target 69
    id "e75"
  ]
  edge [
    source 68
    target 71
    id "e76"
  ]
  edge [
    source 70
    target 71
    id "e77"
  ]
  edge [
    source 72
    target 73
    id "e107"
  ]
  edge [
    source 72
    target 75
    id "e102"
  ]
  edge [
    source 72
    target 75
    id "e103"
  ]
  edge [
    source 72
    target 75
    id "e104"
  ]
  edge [
    source 72
    target 81
    id "e87"
  ]
  edge [
    source 72
    target 81
    id "e88"
  ]
  edge [
    source 72
    target 81
    id "e89"
  ]
  edge [
    source 73
    target 98
    id "e109"
  ]
  edge [
    source 74
    target 112
    id "e100"
  ]
  edge [
    source 74
    target 75
    id "e99"
  ]
  edge [
    source 74
    target 103
    id "e101"
  ]
  edge [
    source 75
    target 104
    id "e106"
  ]
  edge [
    source 75
    target 104
    id "e105"
  ]
  edge [
    source 75
    target 76
    id "e95"
  ]
  edge [
    source 76
    target 100
    id "e94"
  ]
  edge [
    source 77
    target 81
    id "e86"
  ]
  edge [
    source 77
    target 81
    id "e84"
  ]
  edge [
    source 77
    target 81
    id "e85"
  ]
  edge [
    source 77
    target 81
    id "e83"
  ]
  edge [
    source 77
    target 100
    id "e96"
  ]
  edge [
    source 77
    target 103
    id "e98"
  ]
  edge [
    source 78
    target 101
    id "e91"
  ]
  edge [
    source 79
    target 102
    id "e93"
  ]
  edge [
    source 79
    target 102
    id "e92"
  ]
  edge [
    source 81
    target 101
    id "e90"
  ]
  edge [
    source 82
    target 83
    id "e11"
  ]
  edge [
    source 87
    target 88
    id "e37"
  ]
  edge [
    source 88
    target 93
    id "e36"
  ]
  edge [
    source 89
    target 96
    id "e31"
  ]
  edge [
    source 89
    target 90
    id "e30"
  ]
  edge [
    source 91
    target 92
    id "e27"
  ]
  edge [
    source 93
    target 94
    id "e34"
  ]
  edge [
    source 94
    target 95
    id "e33"
  ]
  edge [
    source 95
    target 96
    id "e32"
  ]
  edge [
    source 97
    target 98
    id "e182"
  ]
  edge [
    source 98
    target 99
    id "e181"
  ]
  edge [
    source 99
    target 104
    id "e177"
  ]
  edge [
    source 99
    target 112
    id "e180"
  ]
  edge [
    source 100
    target 102
    id "e178"
  ]
  edge [
    source 101
    target 102
    id "e179"
  ]
  edge [
    source 105
    target 106
    id "e0"
  ]
  edge [
    source 106
    target 107
    id "e3"
  ]
  edge [
    source 107
    target 108
    id "e4"
  ]
  edge [
    source 108
    target 109
    id "e5"
  ]
  edge [
    source 108
    target 109
    id "e6"
  ]
  edge [
    source 109
    target 110
    id "e7"
  ]
]
