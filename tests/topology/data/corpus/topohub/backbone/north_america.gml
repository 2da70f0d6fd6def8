graph [
  name "north_america"
  directed 0
  stats [
    nodes 250
    links 350
    demands 34782
    min_degree 1
    avg_degree 2.8
    std_degree 0.89
    max_degree 6
    gini 0.17
    min_link_len 3.55
    avg_link_len 218.83
    max_link_len 1315.12
    diameter_len 7561.01
    diameter_hops 32
    avg_sdp_num 1.04
    max_sdp_num 3
    avg_sdp_hops 11.08
    avg_sdp_len 1503.53
    avg_adp_num 2.3
    max_adp_num 5
    avg_adp_hops 14.17
    avg_adp_len 3580.9
  ]
  node [
    id 5468
    label "5468"
    type "Seacable Waypoint"
    lon -74.75
    lat 35.27
  ]
  node [
    id 5236
    label "5236"
    type "Seacable Waypoint"
    lon -123.5
    lat 33.15
  ]
  node [
    id 5234
    label "5234"
    type "Seacable Waypoint"
    lon -129.06
    lat 41.21
  ]
  node [
    id 5232
    label "5232"
    type "Seacable Waypoint"
    lon -127.97
    lat 44.78
  ]
  node [
    id 5151
    label "5151"
    type "Seacable Waypoint"
    lon -73.94
    lat 39.94
  ]
  node [
    id 5149
    label "5149"
    type "Seacable Waypoint"
    lon -74.08
    lat 39.69
  ]
  node [
    id 4356
    label "4356"
    type "Seacable Waypoint"
    lon -59.52
    lat 46.98
  ]
  node [
    id 4354
    label "4354"
    type "Seacable Waypoint"
    lon -59.29
    lat 46.85
  ]
  node [
    id 4317
    label "4317"
    type "Seacable Waypoint"
    lon -123.63
    lat 34.74
  ]
  node [
    id 4315
    label "4315"
    type "Seacable Waypoint"
    lon -127.97
    lat 41.23
  ]
  node [
    id 4313
    label "4313"
    type "Seacable Waypoint"
    lon -125.9
    lat 48.27
  ]
  node [
    id 4311
    label "4311"
    type "Seacable Waypoint"
    lon -122.98
    lat 48.27
  ]
  node [
    id 4255
    label "4255"
    type "Seacable Waypoint"
    lon -112.25
    lat 20.93
  ]
  node [
    id 4251
    label "4251"
    type "Seacable Waypoint"
    lon -121.14
    lat 32.86
  ]
  node [
    id 4250
    label "4250"
    type "Seacable Waypoint"
    lon -108.88
    lat 19.27
  ]
  node [
    id 4249
    label "4249"
    type "Seacable Waypoint"
    lon -119.52
    lat 30.79
  ]
  node [
    id 4104
    label "4104"
    type "Seacable Waypoint"
    lon -73.48
    lat 34.83
  ]
  node [
    id 3783
    label "3783"
    type "Seacable Waypoint"
    lon -121.91
    lat 35.49
  ]
  node [
    id 3781
    label "3781"
    type "Seacable Waypoint"
    lon -123.87
    lat 38.47
  ]
  node [
    id 3627
    label "3627"
    type "Seacable Waypoint"
    lon -64.33
    lat 43.01
  ]
  node [
    id 3539
    label "3539"
    type "Seacable Waypoint"
    lon -72.47
    lat 33.6
  ]
  node [
    id 2775
    label "2775"
    type "Seacable Waypoint"
    lon -122.8
    lat 35.17
  ]
  node [
    id 2773
    label "2773"
    type "Seacable Waypoint"
    lon -126.88
    lat 41.25
  ]
  node [
    id 2718
    label "2718"
    type "Seacable Waypoint"
    lon -64.1
    lat 42.9
  ]
  node [
    id 2716
    label "2716"
    type "Seacable Waypoint"
    lon -72.82
    lat 39.9
  ]
  node [
    id 1808
    label "Charlestown"
    type "Seacable Landing Point"
    lon -71.65
    lat 41.41
  ]
  node [
    id 1783
    label "Milton"
    type "Seacable Landing Point"
    lon -53.97
    lat 48.86
  ]
  node [
    id 1780
    label "Florence"
    type "Seacable Landing Point"
    lon -124.1
    lat 43.98
  ]
  node [
    id 1722
    label "Spanish River Park"
    type "Seacable Landing Point"
    lon -80.07
    lat 26.38
  ]
  node [
    id 1720
    label "Nedonna Beach"
    type "Seacable Landing Point"
    lon -123.94
    lat 45.64
  ]
  node [
    id 1692
    label "Warrenton"
    type "Seacable Landing Point"
    lon -123.92
    lat 46.17
  ]
  node [
    id 1664
    label "Harbour Pointe"
    type "Seacable Landing Point"
    lon -122.3
    lat 47.89
  ]
  node [
    id 1634
    label "North Miami Beach"
    type "Seacable Landing Point"
    lon -80.16
    lat 25.93
  ]
  node [
    id 1630
    label "Los Angeles"
    type "Seacable Landing Point"
    lon -118.25
    lat 34.05
  ]
  node [
    id 1628
    label "Lynnwood"
    type "Seacable Landing Point"
    lon -122.32
    lat 47.82
  ]
  node [
    id 1596
    label "Shirley"
    type "Seacable Landing Point"
    lon -72.87
    lat 40.8
  ]
  node [
    id 1582
    label "Wall Township"
    type "Seacable Landing Point"
    lon -74.06
    lat 40.15
  ]
  node [
    id 1574
    label "San Luis Obispo"
    type "Seacable Landing Point"
    lon -120.66
    lat 35.29
  ]
  node [
    id 1564
    label "Bandon"
    type "Seacable Landing Point"
    lon -124.41
    lat 43.12
  ]
  node [
    id 1560
    label "Mazatlán"
    type "Seacable Landing Point"
    lon -106.42
    lat 23.2
  ]
  node [
    id 1558
    label "Vero Beach"
    type "Seacable Landing Point"
    lon -80.39
    lat 27.64
  ]
  node [
    id 1553
    label "Lynn"
    type "Seacable Landing Point"
    lon -70.95
    lat 42.46
  ]
  node [
    id 1544
    label "Hillsboro"
    type "Seacable Landing Point"
    lon -123.81
    lat 45.82
  ]
  node [
    id 1530
    label "Manasquan"
    type "Seacable Landing Point"
    lon -74.05
    lat 40.12
  ]
  node [
    id 1505
    label "Boca Raton"
    type "Seacable Landing Point"
    lon -80.09
    lat 26.35
  ]
  node [
    id 1503
    label "Tuckerton"
    type "Seacable Landing Point"
    lon -74.34
    lat 39.6
  ]
  node [
    id 1494
    label "Island Park"
    type "Seacable Landing Point"
    lon -73.66
    lat 40.6
  ]
  node [
    id 1484
    label "Manchester"
    type "Seacable Landing Point"
    lon -123.69
    lat 38.97
  ]
  node [
    id 1472
    label "Morro Bay"
    type "Seacable Landing Point"
    lon -120.85
    lat 35.37
  ]
  node [
    id 1471
    label "Northport"
    type "Seacable Landing Point"
    lon -72.81
    lat 40.82
  ]
  node [
    id 1470
    label "Tijuana"
    type "Seacable Landing Point"
    lon -117.04
    lat 32.53
  ]
  node [
    id 1469
    label "Hollywood"
    type "Seacable Landing Point"
    lon -80.16
    lat 26.01
  ]
  node [
    id 1465
    label "Brookhaven"
    type "Seacable Landing Point"
    lon -72.91
    lat 40.77
  ]
  node [
    id 1462
    label "Grover Beach"
    type "Seacable Landing Point"
    lon -120.62
    lat 35.12
  ]
  node [
    id 1457
    label "Miami"
    type "Seacable Landing Point"
    lon -80.23
    lat 25.79
  ]
  node [
    id 1439
    label "Rose Blanche"
    type "Seacable Landing Point"
    lon -58.69
    lat 47.62
  ]
  node [
    id 1438
    label "New Victoria"
    type "Seacable Landing Point"
    lon -60.13
    lat 46.25
  ]
  node [
    id 1420
    label "West Palm Beach"
    type "Seacable Landing Point"
    lon -80.05
    lat 26.72
  ]
  node [
    id 1385
    label "Pennant Point"
    type "Seacable Landing Point"
    lon -63.65
    lat 44.43
  ]
  node [
    id 1372
    label "New York"
    type "Seacable Landing Point"
    lon -74.01
    lat 40.71
  ]
  node [
    id 1353
    label "Hermosa Beach"
    type "Seacable Landing Point"
    lon -118.4
    lat 33.86
  ]
  node [
    id 1302
    label "Chisasibi"
    type "Seacable Landing Point"
    lon -78.89
    lat 53.78
  ]
  node [
    id 1250
    label "Pacific City"
    type "Seacable Landing Point"
    lon -123.96
    lat 45.2
  ]
  node [
    id 1213
    label "North Stamford"
    type "City"
    lon -73.54
    lat 41.14
  ]
  node [
    id 1211
    label "Wilmington"
    type "City"
    lon -77.94
    lat 34.23
  ]
  node [
    id 1210
    label "Wichita"
    type "City"
    lon -97.34
    lat 37.69
  ]
  node [
    id 1209
    label "Visalia"
    type "City"
    lon -119.29
    lat 36.33
  ]
  node [
    id 1208
    label "Victorville"
    type "City"
    lon -117.29
    lat 34.54
  ]
  node [
    id 1207
    label "Tulsa"
    type "City"
    lon -95.99
    lat 36.15
  ]
  node [
    id 1206
    label "Tucson"
    type "City"
    lon -110.93
    lat 32.22
  ]
  node [
    id 1205
    label "Topeka"
    type "City"
    lon -95.68
    lat 39.05
  ]
  node [
    id 1204
    label "Toledo"
    type "City"
    lon -83.56
    lat 41.66
  ]
  node [
    id 1203
    label "Tallahassee"
    type "City"
    lon -84.28
    lat 30.44
  ]
  node [
    id 1202
    label "Syracuse"
    type "City"
    lon -76.15
    lat 43.05
  ]
  node [
    id 1201
    label "Stockton"
    type "City"
    lon -121.29
    lat 37.96
  ]
  node [
    id 1200
    label "Springfield"
    type "City"
    lon -89.64
    lat 39.8
  ]
  node [
    id 1199
    label "South Bend"
    type "City"
    lon -86.25
    lat 41.68
  ]
  node [
    id 1198
    label "Savannah"
    type "City"
    lon -81.1
    lat 32.08
  ]
  node [
    id 1197
    label "Santa Rosa"
    type "City"
    lon -122.71
    lat 38.44
  ]
  node [
    id 1196
    label "Valencia"
    type "City"
    lon -118.61
    lat 34.44
  ]
  node [
    id 1195
    label "Sunnyvale"
    type "City"
    lon -122.04
    lat 37.37
  ]
  node [
    id 1194
    label "West Valley City"
    type "City"
    lon -112.0
    lat 40.69
  ]
  node [
    id 1193
    label "San Antonio"
    type "City"
    lon -98.49
    lat 29.42
  ]
  node [
    id 1192
    label "Salinas"
    type "City"
    lon -121.66
    lat 36.68
  ]
  node [
    id 1191
    label "Sacramento"
    type "City"
    lon -121.49
    lat 38.58
  ]
  node [
    id 1190
    label "Rockford"
    type "City"
    lon -89.09
    lat 42.27
  ]
  node [
    id 1189
    label "Rochester"
    type "City"
    lon -92.47
    lat 44.02
  ]
  node [
    id 1188
    label "Richmond"
    type "City"
    lon -77.46
    lat 37.55
  ]
  node [
    id 1187
    label "Pueblo"
    type "City"
    lon -104.61
    lat 38.25
  ]
  node [
    id 1186
    label "Provo"
    type "City"
    lon -111.66
    lat 40.23
  ]
  node [
    id 1185
    label "Providence"
    type "City"
    lon -71.41
    lat 41.82
  ]
  node [
    id 1184
    label "Port Saint Lucie"
    type "City"
    lon -80.35
    lat 27.29
  ]
  node [
    id 1183
    label "Pittsburgh"
    type "City"
    lon -80.0
    lat 40.44
  ]
  node [
    id 1182
    label "Philadelphia"
    type "City"
    lon -75.16
    lat 39.95
  ]
  node [
    id 1181
    label "Peoria"
    type "City"
    lon -89.59
    lat 40.69
  ]
  node [
    id 1180
    label "Palm Bay"
    type "City"
    lon -80.59
    lat 28.03
  ]
  node [
    id 1179
    label "Oxnard Shores"
    type "City"
    lon -119.24
    lat 34.19
  ]
  node [
    id 1178
    label "Orlando"
    type "City"
    lon -81.38
    lat 28.54
  ]
  node [
    id 1177
    label "Omaha"
    type "City"
    lon -95.94
    lat 41.26
  ]
  node [
    id 1176
    label "Minneapolis"
    type "City"
    lon -93.26
    lat 44.98
  ]
  node [
    id 1175
    label "Montgomery"
    type "City"
    lon -86.3
    lat 32.37
  ]
  node [
    id 1174
    label "Modesto"
    type "City"
    lon -121.0
    lat 37.64
  ]
  node [
    id 1173
    label "Mobile"
    type "City"
    lon -88.04
    lat 30.69
  ]
  node [
    id 1172
    label "Metropolitan Government of Nashville-Davidson (balance)"
    type "City"
    lon -86.78
    lat 36.17
  ]
  node [
    id 1171
    label "Milwaukee"
    type "City"
    lon -87.91
    lat 43.04
  ]
  node [
    id 1170
    label "Midland"
    type "City"
    lon -102.08
    lat 32.0
  ]
  node [
    id 1169
    label "Metairie Terrace"
    type "City"
    lon -90.16
    lat 29.98
  ]
  node [
    id 1168
    label "New South Memphis"
    type "City"
    lon -90.06
    lat 35.09
  ]
  node [
    id 1167
    label "Lancaster"
    type "City"
    lon -118.14
    lat 34.7
  ]
  node [
    id 1166
    label "McKinney"
    type "City"
    lon -96.62
    lat 33.2
  ]
  node [
    id 1165
    label "McAllen"
    type "City"
    lon -98.23
    lat 26.2
  ]
  node [
    id 1164
    label "Manchester"
    type "City"
    lon -71.45
    lat 43.0
  ]
  node [
    id 1163
    label "Madison"
    type "City"
    lon -89.4
    lat 43.07
  ]
  node [
    id 1162
    label "Lubbock"
    type "City"
    lon -101.86
    lat 33.58
  ]
  node [
    id 1161
    label "Louisville"
    type "City"
    lon -85.76
    lat 38.25
  ]
  node [
    id 1160
    label "Little Rock"
    type "City"
    lon -92.29
    lat 34.75
  ]
  node [
    id 1159
    label "Lincoln"
    type "City"
    lon -96.67
    lat 40.8
  ]
  node [
    id 1158
    label "Lexington"
    type "City"
    lon -84.48
    lat 37.99
  ]
  node [
    id 1157
    label "Laredo"
    type "City"
    lon -99.51
    lat 27.51
  ]
  node [
    id 1156
    label "Pembroke Pines"
    type "City"
    lon -80.22
    lat 26.0
  ]
  node [
    id 1155
    label "Lafayette"
    type "City"
    lon -92.02
    lat 30.22
  ]
  node [
    id 1154
    label "Knoxville"
    type "City"
    lon -83.92
    lat 35.96
  ]
  node [
    id 1153
    label "Killeen"
    type "City"
    lon -97.73
    lat 31.12
  ]
  node [
    id 1152
    label "Jacksonville"
    type "City"
    lon -81.66
    lat 30.33
  ]
  node [
    id 1151
    label "Jackson"
    type "City"
    lon -90.18
    lat 32.3
  ]
  node [
    id 1150
    label "Ironville"
    type "City"
    lon -82.69
    lat 38.46
  ]
  node [
    id 1149
    label "Indianapolis"
    type "City"
    lon -86.16
    lat 39.77
  ]
  node [
    id 1148
    label "Huntsville"
    type "City"
    lon -86.59
    lat 34.73
  ]
  node [
    id 1147
    label "Houston"
    type "City"
    lon -95.36
    lat 29.76
  ]
  node [
    id 1145
    label "Vancouver"
    type "City"
    lon -122.66
    lat 45.64
  ]
  node [
    id 1144
    label "Greensboro"
    type "City"
    lon -79.79
    lat 36.07
  ]
  node [
    id 1143
    label "Winston-Salem"
    type "City"
    lon -80.24
    lat 36.1
  ]
  node [
    id 1142
    label "Sunrise Manor"
    type "City"
    lon -115.07
    lat 36.21
  ]
  node [
    id 1141
    label "Green Bay"
    type "City"
    lon -88.02
    lat 44.52
  ]
  node [
    id 1140
    label "Grand Rapids"
    type "City"
    lon -85.67
    lat 42.96
  ]
  node [
    id 1139
    label "Gainesville"
    type "City"
    lon -82.32
    lat 29.65
  ]
  node [
    id 1138
    label "Fresno"
    type "City"
    lon -119.77
    lat 36.75
  ]
  node [
    id 1137
    label "Fort Wayne"
    type "City"
    lon -85.13
    lat 41.13
  ]
  node [
    id 1136
    label "Fort Collins"
    type "City"
    lon -105.08
    lat 40.59
  ]
  node [
    id 1135
    label "Flint"
    type "City"
    lon -83.69
    lat 43.01
  ]
  node [
    id 1134
    label "Fayetteville"
    type "City"
    lon -78.88
    lat 35.05
  ]
  node [
    id 1133
    label "Fargo"
    type "City"
    lon -96.79
    lat 46.88
  ]
  node [
    id 1132
    label "Everett"
    type "City"
    lon -122.2
    lat 47.98
  ]
  node [
    id 1131
    label "Evansville"
    type "City"
    lon -87.56
    lat 37.97
  ]
  node [
    id 1130
    label "Erie"
    type "City"
    lon -80.09
    lat 42.13
  ]
  node [
    id 1129
    label "East Independence"
    type "City"
    lon -94.36
    lat 39.1
  ]
  node [
    id 1128
    label "Denton"
    type "City"
    lon -97.13
    lat 33.21
  ]
  node [
    id 1127
    label "Dayton"
    type "City"
    lon -84.19
    lat 39.76
  ]
  node [
    id 1126
    label "Coral Springs"
    type "City"
    lon -80.27
    lat 26.27
  ]
  node [
    id 1125
    label "Columbus"
    type "City"
    lon -83.0
    lat 39.96
  ]
  node [
    id 1124
    label "Columbia"
    type "City"
    lon -81.03
    lat 34.0
  ]
  node [
    id 1123
    label "Columbia"
    type "City"
    lon -92.33
    lat 38.95
  ]
  node [
    id 1122
    label "Colorado Springs"
    type "City"
    lon -104.82
    lat 38.83
  ]
  node [
    id 1121
    label "Saint Petersburg"
    type "City"
    lon -82.68
    lat 27.77
  ]
  node [
    id 1120
    label "Clearwater"
    type "City"
    lon -82.8
    lat 27.97
  ]
  node [
    id 1119
    label "Cincinnati"
    type "City"
    lon -84.46
    lat 39.16
  ]
  node [
    id 1118
    label "Chesapeake"
    type "City"
    lon -76.27
    lat 36.82
  ]
  node [
    id 1117
    label "Virginia Beach"
    type "City"
    lon -75.98
    lat 36.85
  ]
  node [
    id 1116
    label "East Chattanooga"
    type "City"
    lon -85.25
    lat 35.07
  ]
  node [
    id 1115
    label "Mesa"
    type "City"
    lon -111.82
    lat 33.42
  ]
  node [
    id 1114
    label "Charlotte"
    type "City"
    lon -80.84
    lat 35.23
  ]
  node [
    id 1113
    label "Charleston"
    type "City"
    lon -79.93
    lat 32.78
  ]
  node [
    id 1112
    label "West Raleigh"
    type "City"
    lon -78.66
    lat 35.79
  ]
  node [
    id 1111
    label "Cedar Rapids"
    type "City"
    lon -91.64
    lat 42.01
  ]
  node [
    id 1110
    label "Durham"
    type "City"
    lon -78.9
    lat 35.99
  ]
  node [
    id 1109
    label "San Diego"
    type "City"
    lon -117.16
    lat 32.72
  ]
  node [
    id 1108
    label "Escondido"
    type "City"
    lon -117.09
    lat 33.12
  ]
  node [
    id 1107
    label "Temecula"
    type "City"
    lon -117.15
    lat 33.49
  ]
  node [
    id 1106
    label "Carlsbad"
    type "City"
    lon -117.35
    lat 33.16
  ]
  node [
    id 1105
    label "Cape Coral"
    type "City"
    lon -81.95
    lat 26.56
  ]
  node [
    id 1104
    label "Boston"
    type "City"
    lon -71.06
    lat 42.36
  ]
  node [
    id 1103
    label "Concord"
    type "City"
    lon -122.03
    lat 37.98
  ]
  node [
    id 1102
    label "Brooklyn"
    type "City"
    lon -73.95
    lat 40.65
  ]
  node [
    id 1101
    label "Boise"
    type "City"
    lon -116.2
    lat 43.61
  ]
  node [
    id 1100
    label "Birmingham"
    type "City"
    lon -86.8
    lat 33.52
  ]
  node [
    id 1098
    label "Seattle"
    type "City"
    lon -122.33
    lat 47.61
  ]
  node [
    id 1097
    label "Elgin"
    type "City"
    lon -88.28
    lat 42.04
  ]
  node [
    id 1096
    label "Chicago"
    type "City"
    lon -87.65
    lat 41.85
  ]
  node [
    id 1095
    label "Naperville"
    type "City"
    lon -88.15
    lat 41.79
  ]
  node [
    id 1094
    label "Beaumont"
    type "City"
    lon -94.1
    lat 30.09
  ]
  node [
    id 1093
    label "Baton Rouge"
    type "City"
    lon -91.15
    lat 30.45
  ]
  node [
    id 1092
    label "Baltimore"
    type "City"
    lon -76.61
    lat 39.29
  ]
  node [
    id 1091
    label "Bakersfield"
    type "City"
    lon -119.02
    lat 35.37
  ]
  node [
    id 1090
    label "Austin"
    type "City"
    lon -97.74
    lat 30.27
  ]
  node [
    id 1089
    label "Centennial"
    type "City"
    lon -104.88
    lat 39.58
  ]
  node [
    id 1088
    label "Atlanta"
    type "City"
    lon -84.39
    lat 33.75
  ]
  node [
    id 1087
    label "Athens"
    type "City"
    lon -83.38
    lat 33.96
  ]
  node [
    id 1086
    label "Mesquite"
    type "City"
    lon -96.6
    lat 32.77
  ]
  node [
    id 1085
    label "Huntington Beach"
    type "City"
    lon -118.0
    lat 33.66
  ]
  node [
    id 1084
    label "Ann Arbor"
    type "City"
    lon -83.74
    lat 42.28
  ]
  node [
    id 1083
    label "Amherst"
    type "City"
    lon -78.8
    lat 42.98
  ]
  node [
    id 1082
    label "Arlington"
    type "City"
    lon -77.1
    lat 38.88
  ]
  node [
    id 1081
    label "Amarillo"
    type "City"
    lon -101.83
    lat 35.22
  ]
  node [
    id 1080
    label "Allentown"
    type "City"
    lon -75.49
    lat 40.61
  ]
  node [
    id 1079
    label "Albuquerque"
    type "City"
    lon -106.65
    lat 35.08
  ]
  node [
    id 1078
    label "Akron"
    type "City"
    lon -81.52
    lat 41.08
  ]
  node [
    id 1077
    label "Abilene"
    type "City"
    lon -99.73
    lat 32.45
  ]
  node [
    id 713
    label "Irapuato"
    type "City"
    lon -101.35
    lat 20.68
  ]
  node [
    id 697
    label "Victoria de Durango"
    type "City"
    lon -104.66
    lat 24.02
  ]
  node [
    id 695
    label "Toluca de Lerdo"
    type "City"
    lon -99.65
    lat 19.29
  ]
  node [
    id 694
    label "Tlaquepaque"
    type "City"
    lon -103.29
    lat 20.64
  ]
  node [
    id 693
    label "Tepic"
    type "City"
    lon -104.89
    lat 21.5
  ]
  node [
    id 692
    label "San Luis Río Colorado"
    type "City"
    lon -114.77
    lat 32.46
  ]
  node [
    id 691
    label "Puerto Vallarta"
    type "City"
    lon -105.23
    lat 20.62
  ]
  node [
    id 690
    label "Poza Rica de Hidalgo"
    type "City"
    lon -97.46
    lat 20.53
  ]
  node [
    id 688
    label "Morelia"
    type "City"
    lon -101.18
    lat 19.7
  ]
  node [
    id 687
    label "Manzanillo"
    type "City"
    lon -104.32
    lat 19.05
  ]
  node [
    id 686
    label "Los Mochis"
    type "City"
    lon -108.99
    lat 25.79
  ]
  node [
    id 685
    label "Jiutepec"
    type "City"
    lon -99.18
    lat 18.88
  ]
  node [
    id 684
    label "Ciudad de Villa de Álvarez"
    type "City"
    lon -103.74
    lat 19.27
  ]
  node [
    id 683
    label "Iguala de la Independencia"
    type "City"
    lon -99.54
    lat 18.35
  ]
  node [
    id 682
    label "Gómez Palacio"
    type "City"
    lon -103.5
    lat 25.56
  ]
  node [
    id 681
    label "Guaymas"
    type "City"
    lon -110.9
    lat 27.92
  ]
  node [
    id 680
    label "Monterrey"
    type "City"
    lon -100.32
    lat 25.68
  ]
  node [
    id 679
    label "Ciudad Victoria"
    type "City"
    lon -99.15
    lat 23.74
  ]
  node [
    id 678
    label "Ciudad Valles"
    type "City"
    lon -99.02
    lat 21.98
  ]
  node [
    id 677
    label "Ciudad Madero"
    type "City"
    lon -97.83
    lat 22.28
  ]
  node [
    id 676
    label "Ciudad Juárez"
    type "City"
    lon -106.48
    lat 31.73
  ]
  node [
    id 675
    label "Ciudad Guzmán"
    type "City"
    lon -103.46
    lat 19.7
  ]
  node [
    id 674
    label "Ciudad Delicias"
    type "City"
    lon -105.47
    lat 28.19
  ]
  node [
    id 673
    label "Ciudad Acuña"
    type "City"
    lon -100.95
    lat 29.32
  ]
  node [
    id 672
    label "Cholula"
    type "City"
    lon -98.3
    lat 19.06
  ]
  node [
    id 671
    label "Venustiano Carranza"
    type "City"
    lon -99.1
    lat 19.44
  ]
  node [
    id 669
    label "Aguascalientes"
    type "City"
    lon -102.28
    lat 21.88
  ]
  node [
    id 168
    label "Detroit"
    type "City"
    lon -83.05
    lat 42.33
  ]
  node [
    id 164
    label "Winnipeg"
    type "City"
    lon -97.15
    lat 49.88
  ]
  node [
    id 163
    label "Québec"
    type "City"
    lon -71.21
    lat 46.81
  ]
  node [
    id 162
    label "Victoria"
    type "City"
    lon -123.37
    lat 48.43
  ]
  node [
    id 161
    label "Sydney"
    type "City"
    lon -60.18
    lat 46.14
  ]
  node [
    id 160
    label "St. Catharines"
    type "City"
    lon -79.25
    lat 43.17
  ]
  node [
    id 159
    label "Sherbrooke"
    type "City"
    lon -71.9
    lat 45.4
  ]
  node [
    id 158
    label "Saskatoon"
    type "City"
    lon -106.63
    lat 52.12
  ]
  node [
    id 157
    label "Saguenay"
    type "City"
    lon -71.07
    lat 48.42
  ]
  node [
    id 156
    label "Regina"
    type "City"
    lon -104.62
    lat 50.45
  ]
  node [
    id 155
    label "Oshawa"
    type "City"
    lon -78.85
    lat 43.9
  ]
  node [
    id 154
    label "Okanagan"
    type "City"
    lon -119.35
    lat 50.36
  ]
  node [
    id 153
    label "Montréal"
    type "City"
    lon -73.59
    lat 45.51
  ]
  node [
    id 152
    label "London"
    type "City"
    lon -81.23
    lat 42.98
  ]
  node [
    id 151
    label "Ottawa"
    type "City"
    lon -75.7
    lat 45.41
  ]
  node [
    id 150
    label "Kingston"
    type "City"
    lon -76.48
    lat 44.23
  ]
  node [
    id 149
    label "Kelowna"
    type "City"
    lon -119.49
    lat 49.88
  ]
  node [
    id 148
    label "Greater Sudbury"
    type "City"
    lon -80.99
    lat 46.49
  ]
  node [
    id 147
    label "Kitchener"
    type "City"
    lon -80.51
    lat 43.43
  ]
  node [
    id 146
    label "Edmonton"
    type "City"
    lon -113.47
    lat 53.55
  ]
  node [
    id 145
    label "Dartmouth"
    type "City"
    lon -63.58
    lat 44.67
  ]
  node [
    id 144
    label "Burlington"
    type "City"
    lon -79.84
    lat 43.39
  ]
  node [
    id 143
    label "Etobicoke"
    type "City"
    lon -79.57
    lat 43.65
  ]
  node [
    id 142
    label "Coquitlam"
    type "City"
    lon -122.75
    lat 49.28
  ]
  node [
    id 141
    label "Barrie"
    type "City"
    lon -79.67
    lat 44.4
  ]
  node [
    id 139
    label "Abbotsford"
    type "City"
    lon -122.25
    lat 49.06
  ]
  edge [
    source 5468
    target 1505
    type "seacable"
    dist 1114.63
  ]
  edge [
    source 5468
    target 1117
    type "seacable"
    dist 207.62
  ]
  edge [
    source 5236
    target 1630
    type "seacable"
    dist 496.78
  ]
  edge [
    source 5236
    target 5234
    type "seacable"
    dist 1021.33
  ]
  edge [
    source 5234
    target 5232
    type "seacable"
    dist 407.09
  ]
  edge [
    source 5232
    target 1544
    type "seacable"
    dist 345.45
  ]
  edge [
    source 5151
    target 1530
    type "seacable"
    dist 22.2
  ]
  edge [
    source 5151
    target 5149
    type "seacable"
    dist 30.66
  ]
  edge [
    source 5149
    target 1503
    type "seacable"
    dist 23.74
  ]
  edge [
    source 4356
    target 1438
    type "seacable"
    dist 93.33
  ]
  edge [
    source 4356
    target 1439
    type "seacable"
    dist 94.66
  ]
  edge [
    source 4354
    target 1439
    type "seacable"
    dist 96.61
  ]
  edge [
    source 4354
    target 1438
    type "seacable"
    dist 92.5
  ]
  edge [
    source 4317
    target 1462
    type "seacable"
    dist 277.1
  ]
  edge [
    source 4317
    target 4315
    type "seacable"
    dist 815.46
  ]
  edge [
    source 4315
    target 4313
    type "seacable"
    dist 799.52
  ]
  edge [
    source 4313
    target 4311
    type "seacable"
    dist 215.88
  ]
  edge [
    source 4311
    target 1664
    type "seacable"
    dist 65.67
  ]
  edge [
    source 4255
    target 4250
    type "seacable"
    dist 397.21
  ]
  edge [
    source 4255
    target 4249
    type "seacable"
    dist 1315.12
  ]
  edge [
    source 4251
    target 4249
    type "seacable"
    dist 276.84
  ]
  edge [
    source 4251
    target 1462
    type "seacable"
    dist 255.46
  ]
  edge [
    source 4250
    target 1560
    type "seacable"
    dist 505.93
  ]
  edge [
    source 4249
    target 1470
    type "seacable"
    dist 304.61
  ]
  edge [
    source 4104
    target 1469
    type "seacable"
    dist 1170.88
  ]
  edge [
    source 4104
    target 1465
    type "seacable"
    dist 662.57
  ]
  edge [
    source 3783
    target 1472
    type "seacable"
    dist 96.82
  ]
  edge [
    source 3783
    target 3781
    type "seacable"
    dist 374.65
  ]
  edge [
    source 3781
    target 1484
    type "seacable"
    dist 58.24
  ]
  edge [
    source 3627
    target 145
    type "seacable"
    dist 194.64
  ]
  edge [
    source 3627
    target 1553
    type "seacable"
    dist 543.61
  ]
  edge [
    source 3539
    target 1503
    type "seacable"
    dist 688.15
  ]
  edge [
    source 3539
    target 1505
    type "seacable"
    dist 1089.63
  ]
  edge [
    source 2775
    target 1574
    type "seacable"
    dist 194.83
  ]
  edge [
    source 2775
    target 2773
    type "seacable"
    dist 763.56
  ]
  edge [
    source 2773
    target 1564
    type "seacable"
    dist 291.39
  ]
  edge [
    source 2718
    target 1385
    type "seacable"
    dist 174.07
  ]
  edge [
    source 2718
    target 2716
    type "seacable"
    dist 799.58
  ]
  edge [
    source 2716
    target 1530
    type "seacable"
    dist 107.8
  ]
  edge [
    source 1808
    target 1471
    type "normal"
    dist 117.41
  ]
  edge [
    source 1808
    target 1185
    type "normal"
    dist 49.75
  ]
  edge [
    source 1783
    target 1439
    type "normal"
    dist 376.05
  ]
  edge [
    source 1780
    target 1564
    type "normal"
    dist 99.2
  ]
  edge [
    source 1780
    target 1250
    type "normal"
    dist 136.07
  ]
  edge [
    source 1722
    target 1420
    type "normal"
    dist 37.53
  ]
  edge [
    source 1722
    target 1505
    type "normal"
    dist 3.74
  ]
  edge [
    source 1720
    target 1250
    type "normal"
    dist 49.16
  ]
  edge [
    source 1720
    target 1544
    type "normal"
    dist 22.49
  ]
  edge [
    source 1692
    target 162
    type "normal"
    dist 255.61
  ]
  edge [
    source 1692
    target 1544
    type "normal"
    dist 38.83
  ]
  edge [
    source 1692
    target 1098
    type "normal"
    dist 200.77
  ]
  edge [
    source 1664
    target 1628
    type "normal"
    dist 7.0
  ]
  edge [
    source 1664
    target 1132
    type "normal"
    dist 12.72
  ]
  edge [
    source 1634
    target 1469
    type "normal"
    dist 8.6
  ]
  edge [
    source 1634
    target 1156
    type "normal"
    dist 9.95
  ]
  edge [
    source 1634
    target 1457
    type "normal"
    dist 17.27
  ]
  edge [
    source 1630
    target 1196
    type "normal"
    dist 54.8
  ]
  edge [
    source 1630
    target 1353
    type "normal"
    dist 25.57
  ]
  edge [
    source 1630
    target 1208
    type "normal"
    dist 102.78
  ]
  edge [
    source 1630
    target 1167
    type "normal"
    dist 72.37
  ]
  edge [
    source 1630
    target 1085
    type "normal"
    dist 49.26
  ]
  edge [
    source 1628
    target 1098
    type "normal"
    dist 24.25
  ]
  edge [
    source 1596
    target 1465
    type "normal"
    dist 4.52
  ]
  edge [
    source 1596
    target 1471
    type "normal"
    dist 6.0
  ]
  edge [
    source 1582
    target 1530
    type "normal"
    dist 3.55
  ]
  edge [
    source 1582
    target 1182
    type "normal"
    dist 96.32
  ]
  edge [
    source 1582
    target 1494
    type "normal"
    dist 60.53
  ]
  edge [
    source 1582
    target 1102
    type "normal"
    dist 56.11
  ]
  edge [
    source 1574
    target 1209
    type "normal"
    dist 169.66
  ]
  edge [
    source 1574
    target 1472
    type "normal"
    dist 19.05
  ]
  edge [
    source 1574
    target 1462
    type "normal"
    dist 18.66
  ]
  edge [
    source 1564
    target 1484
    type "normal"
    dist 465.32
  ]
  edge [
    source 1560
    target 686
    type "normal"
    dist 388.33
  ]
  edge [
    source 1560
    target 693
    type "normal"
    dist 246.0
  ]
  edge [
    source 1560
    target 697
    type "normal"
    dist 201.6
  ]
  edge [
    source 1558
    target 1184
    type "normal"
    dist 38.54
  ]
  edge [
    source 1558
    target 1180
    type "normal"
    dist 48.01
  ]
  edge [
    source 1553
    target 1164
    type "normal"
    dist 72.09
  ]
  edge [
    source 1553
    target 1104
    type "normal"
    dist 14.76
  ]
  edge [
    source 1544
    target 1145
    type "normal"
    dist 91.6
  ]
  edge [
    source 1530
    target 1503
    type "normal"
    dist 62.87
  ]
  edge [
    source 1505
    target 1126
    type "normal"
    dist 20.13
  ]
  edge [
    source 1503
    target 1182
    type "normal"
    dist 80.51
  ]
  edge [
    source 1494
    target 1102
    type "normal"
    dist 25.39
  ]
  edge [
    source 1494
    target 1213
    type "normal"
    dist 60.55
  ]
  edge [
    source 1494
    target 1465
    type "normal"
    dist 65.58
  ]
  edge [
    source 1484
    target 1197
    type "normal"
    dist 102.85
  ]
  edge [
    source 1472
    target 1138
    type "normal"
    dist 181.42
  ]
  edge [
    source 1472
    target 1192
    type "normal"
    dist 162.89
  ]
  edge [
    source 1470
    target 692
    type "normal"
    dist 212.71
  ]
  edge [
    source 1470
    target 1109
    type "normal"
    dist 23.35
  ]
  edge [
    source 1469
    target 1156
    type "normal"
    dist 6.42
  ]
  edge [
    source 1465
    target 1213
    type "normal"
    dist 66.76
  ]
  edge [
    source 1462
    target 1091
    type "normal"
    dist 148.23
  ]
  edge [
    source 1462
    target 1179
    type "normal"
    dist 163.15
  ]
  edge [
    source 1439
    target 157
    type "normal"
    dist 924.01
  ]
  edge [
    source 1438
    target 161
    type "normal"
    dist 13.73
  ]
  edge [
    source 1420
    target 1184
    type "normal"
    dist 70.75
  ]
  edge [
    source 1385
    target 145
    type "normal"
    dist 26.93
  ]
  edge [
    source 1385
    target 159
    type "normal"
    dist 658.39
  ]
  edge [
    source 1372
    target 1213
    type "normal"
    dist 61.08
  ]
  edge [
    source 1372
    target 1102
    type "normal"
    dist 8.58
  ]
  edge [
    source 1372
    target 1080
    type "normal"
    dist 125.75
  ]
  edge [
    source 1353
    target 1179
    type "normal"
    dist 85.76
  ]
  edge [
    source 1353
    target 1085
    type "normal"
    dist 43.29
  ]
  edge [
    source 1302
    target 148
    type "normal"
    dist 824.46
  ]
  edge [
    source 1302
    target 157
    type "normal"
    dist 808.26
  ]
  edge [
    source 1213
    target 1202
    type "normal"
    dist 302.08
  ]
  edge [
    source 1211
    target 1134
    type "normal"
    dist 125.5
  ]
  edge [
    source 1211
    target 1113
    type "normal"
    dist 244.7
  ]
  edge [
    source 1210
    target 1207
    type "normal"
    dist 208.67
  ]
  edge [
    source 1210
    target 1205
    type "normal"
    dist 208.96
  ]
  edge [
    source 1210
    target 1081
    type "normal"
    dist 486.7
  ]
  edge [
    source 1209
    target 1142
    type "normal"
    dist 378.43
  ]
  edge [
    source 1209
    target 1138
    type "normal"
    dist 63.22
  ]
  edge [
    source 1209
    target 1091
    type "normal"
    dist 109.22
  ]
  edge [
    source 1208
    target 1167
    type "normal"
    dist 79.45
  ]
  edge [
    source 1208
    target 1142
    type "normal"
    dist 274.09
  ]
  edge [
    source 1208
    target 1107
    type "normal"
    dist 116.66
  ]
  edge [
    source 1207
    target 1166
    type "normal"
    dist 333.62
  ]
  edge [
    source 1207
    target 1160
    type "normal"
    dist 370.12
  ]
  edge [
    source 1206
    target 676
    type "normal"
    dist 422.56
  ]
  edge [
    source 1206
    target 1115
    type "normal"
    dist 157.58
  ]
  edge [
    source 1206
    target 681
    type "normal"
    dist 478.54
  ]
  edge [
    source 1205
    target 1159
    type "normal"
    dist 212.24
  ]
  edge [
    source 1205
    target 1129
    type "normal"
    dist 114.31
  ]
  edge [
    source 1204
    target 1078
    type "normal"
    dist 181.83
  ]
  edge [
    source 1204
    target 1137
    type "normal"
    dist 144.03
  ]
  edge [
    source 1204
    target 1125
    type "normal"
    dist 195.04
  ]
  edge [
    source 1204
    target 1084
    type "normal"
    dist 69.94
  ]
  edge [
    source 1203
    target 1175
    type "normal"
    dist 287.58
  ]
  edge [
    source 1203
    target 1139
    type "normal"
    dist 207.59
  ]
  edge [
    source 1202
    target 1164
    type "normal"
    dist 381.48
  ]
  edge [
    source 1202
    target 1083
    type "normal"
    dist 215.78
  ]
  edge [
    source 1202
    target 1080
    type "normal"
    dist 276.69
  ]
  edge [
    source 1202
    target 150
    type "normal"
    dist 134.11
  ]
  edge [
    source 1201
    target 1103
    type "normal"
    dist 64.93
  ]
  edge [
    source 1201
    target 1174
    type "normal"
    dist 43.84
  ]
  edge [
    source 1201
    target 1191
    type "normal"
    dist 71.61
  ]
  edge [
    source 1200
    target 1123
    type "normal"
    dist 249.8
  ]
  edge [
    source 1200
    target 1181
    type "normal"
    dist 99.29
  ]
  edge [
    source 1200
    target 1131
    type "normal"
    dist 271.87
  ]
  edge [
    source 1199
    target 1137
    type "normal"
    dist 111.9
  ]
  edge [
    source 1199
    target 1140
    type "normal"
    dist 150.15
  ]
  edge [
    source 1199
    target 1096
    type "normal"
    dist 117.58
  ]
  edge [
    source 1198
    target 1113
    type "normal"
    dist 134.07
  ]
  edge [
    source 1198
    target 1152
    type "normal"
    dist 201.79
  ]
  edge [
    source 1197
    target 1103
    type "normal"
    dist 78.8
  ]
  edge [
    source 1196
    target 1179
    type "normal"
    dist 64.49
  ]
  edge [
    source 1196
    target 1167
    type "normal"
    dist 51.71
  ]
  edge [
    source 1195
    target 1103
    type "normal"
    dist 67.74
  ]
  edge [
    source 1195
    target 1192
    type "normal"
    dist 83.95
  ]
  edge [
    source 1194
    target 1186
    type "normal"
    dist 58.57
  ]
  edge [
    source 1194
    target 1101
    type "normal"
    dist 474.82
  ]
  edge [
    source 1194
    target 156
    type "normal"
    dist 1226.45
  ]
  edge [
    source 1193
    target 1090
    type "normal"
    dist 118.44
  ]
  edge [
    source 1193
    target 673
    type "normal"
    dist 238.49
  ]
  edge [
    source 1193
    target 1157
    type "normal"
    dist 235.14
  ]
  edge [
    source 1191
    target 1101
    type "normal"
    dist 713.55
  ]
  edge [
    source 1190
    target 1097
    type "normal"
    dist 71.87
  ]
  edge [
    source 1190
    target 1181
    type "normal"
    dist 180.19
  ]
  edge [
    source 1190
    target 1163
    type "normal"
    dist 92.64
  ]
  edge [
    source 1189
    target 1111
    type "normal"
    dist 233.72
  ]
  edge [
    source 1189
    target 1163
    type "normal"
    dist 268.85
  ]
  edge [
    source 1189
    target 1176
    type "normal"
    dist 123.77
  ]
  edge [
    source 1188
    target 1082
    type "normal"
    dist 150.82
  ]
  edge [
    source 1188
    target 1118
    type "normal"
    dist 133.04
  ]
  edge [
    source 1188
    target 1110
    type "normal"
    dist 215.61
  ]
  edge [
    source 1187
    target 1079
    type "normal"
    dist 396.72
  ]
  edge [
    source 1187
    target 1081
    type "normal"
    dist 418.24
  ]
  edge [
    source 1187
    target 1122
    type "normal"
    dist 67.02
  ]
  edge [
    source 1186
    target 1142
    type "normal"
    dist 537.53
  ]
  edge [
    source 1186
    target 1136
    type "normal"
    dist 557.85
  ]
  edge [
    source 1186
    target 1079
    type "normal"
    dist 722.31
  ]
  edge [
    source 1185
    target 1104
    type "normal"
    dist 66.18
  ]
  edge [
    source 1184
    target 1105
    type "normal"
    dist 178.17
  ]
  edge [
    source 1183
    target 1078
    type "normal"
    dist 146.74
  ]
  edge [
    source 1183
    target 1082
    type "normal"
    dist 302.2
  ]
  edge [
    source 1182
    target 1080
    type "normal"
    dist 78.03
  ]
  edge [
    source 1182
    target 1092
    type "normal"
    dist 144.25
  ]
  edge [
    source 1181
    target 1111
    type "normal"
    dist 225.37
  ]
  edge [
    source 1181
    target 1095
    type "normal"
    dist 171.11
  ]
  edge [
    source 1180
    target 1178
    type "normal"
    dist 95.56
  ]
  edge [
    source 1178
    target 1139
    type "normal"
    dist 154.16
  ]
  edge [
    source 1177
    target 1159
    type "normal"
    dist 79.63
  ]
  edge [
    source 1177
    target 1111
    type "normal"
    dist 366.41
  ]
  edge [
    source 1176
    target 1133
    type "normal"
    dist 344.72
  ]
  edge [
    source 1175
    target 1100
    type "normal"
    dist 136.6
  ]
  edge [
    source 1175
    target 1173
    type "normal"
    dist 248.74
  ]
  edge [
    source 1174
    target 1138
    type "normal"
    dist 146.93
  ]
  edge [
    source 1173
    target 1151
    type "normal"
    dist 270.29
  ]
  edge [
    source 1173
    target 1169
    type "normal"
    dist 218.55
  ]
  edge [
    source 1172
    target 1148
    type "normal"
    dist 161.23
  ]
  edge [
    source 1172
    target 1131
    type "normal"
    dist 211.89
  ]
  edge [
    source 1171
    target 1163
    type "normal"
    dist 121.51
  ]
  edge [
    source 1171
    target 1141
    type "normal"
    dist 164.85
  ]
  edge [
    source 1171
    target 1140
    type "normal"
    dist 182.22
  ]
  edge [
    source 1171
    target 1097
    type "normal"
    dist 115.53
  ]
  edge [
    source 1170
    target 676
    type "normal"
    dist 417.04
  ]
  edge [
    source 1170
    target 1077
    type "normal"
    dist 226.2
  ]
  edge [
    source 1170
    target 1162
    type "normal"
    dist 176.97
  ]
  edge [
    source 1170
    target 674
    type "normal"
    dist 534.45
  ]
  edge [
    source 1170
    target 673
    type "normal"
    dist 316.24
  ]
  edge [
    source 1169
    target 1093
    type "normal"
    dist 108.71
  ]
  edge [
    source 1168
    target 1160
    type "normal"
    dist 207.07
  ]
  edge [
    source 1168
    target 1151
    type "normal"
    dist 310.24
  ]
  edge [
    source 1166
    target 1128
    type "normal"
    dist 48.21
  ]
  edge [
    source 1166
    target 1086
    type "normal"
    dist 47.93
  ]
  edge [
    source 1165
    target 680
    type "normal"
    dist 216.93
  ]
  edge [
    source 1165
    target 679
    type "normal"
    dist 288.87
  ]
  edge [
    source 1165
    target 1157
    type "normal"
    dist 192.49
  ]
  edge [
    source 1164
    target 159
    type "normal"
    dist 269.7
  ]
  edge [
    source 1162
    target 1081
    type "normal"
    dist 182.83
  ]
  edge [
    source 1162
    target 1077
    type "normal"
    dist 234.33
  ]
  edge [
    source 1161
    target 1158
    type "normal"
    dist 115.94
  ]
  edge [
    source 1161
    target 1149
    type "normal"
    dist 171.85
  ]
  edge [
    source 1161
    target 1131
    type "normal"
    dist 160.2
  ]
  edge [
    source 1158
    target 1154
    type "normal"
    dist 230.87
  ]
  edge [
    source 1158
    target 1119
    type "normal"
    dist 130.48
  ]
  edge [
    source 1158
    target 1150
    type "normal"
    dist 164.4
  ]
  edge [
    source 1157
    target 680
    type "normal"
    dist 219.02
  ]
  edge [
    source 1157
    target 673
    type "normal"
    dist 246.51
  ]
  edge [
    source 1156
    target 1126
    type "normal"
    dist 30.17
  ]
  edge [
    source 1155
    target 1093
    type "normal"
    dist 86.78
  ]
  edge [
    source 1155
    target 1094
    type "normal"
    dist 200.76
  ]
  edge [
    source 1154
    target 1116
    type "normal"
    dist 156.09
  ]
  edge [
    source 1154
    target 1114
    type "normal"
    dist 289.97
  ]
  edge [
    source 1154
    target 1087
    type "normal"
    dist 227.79
  ]
  edge [
    source 1153
    target 1077
    type "normal"
    dist 240.52
  ]
  edge [
    source 1153
    target 1086
    type "normal"
    dist 212.1
  ]
  edge [
    source 1153
    target 1090
    type "normal"
    dist 94.52
  ]
  edge [
    source 1152
    target 1139
    type "normal"
    dist 99.4
  ]
  edge [
    source 1151
    target 1100
    type "normal"
    dist 343.71
  ]
  edge [
    source 1151
    target 1093
    type "normal"
    dist 225.17
  ]
  edge [
    source 1150
    target 1143
    type "normal"
    dist 339.95
  ]
  edge [
    source 1150
    target 1125
    type "normal"
    dist 169.39
  ]
  edge [
    source 1150
    target 1119
    type "normal"
    dist 171.84
  ]
  edge [
    source 1149
    target 1119
    type "normal"
    dist 160.84
  ]
  edge [
    source 1149
    target 1137
    type "normal"
    dist 174.72
  ]
  edge [
    source 1148
    target 1116
    type "normal"
    dist 127.49
  ]
  edge [
    source 1148
    target 1100
    type "normal"
    dist 135.98
  ]
  edge [
    source 1147
    target 1094
    type "normal"
    dist 126.75
  ]
  edge [
    source 1147
    target 1090
    type "normal"
    dist 235.88
  ]
  edge [
    source 1145
    target 1101
    type "normal"
    dist 558.27
  ]
  edge [
    source 1145
    target 1098
    type "normal"
    dist 220.21
  ]
  edge [
    source 1144
    target 1143
    type "normal"
    dist 40.75
  ]
  edge [
    source 1144
    target 1110
    type "normal"
    dist 80.81
  ]
  edge [
    source 1143
    target 1114
    type "normal"
    dist 111.11
  ]
  edge [
    source 1142
    target 692
    type "normal"
    dist 418.45
  ]
  edge [
    source 1142
    target 1115
    type "normal"
    dist 429.14
  ]
  edge [
    source 1140
    target 1135
    type "normal"
    dist 161.19
  ]
  edge [
    source 1137
    target 1127
    type "normal"
    dist 171.91
  ]
  edge [
    source 1136
    target 1133
    type "normal"
    dist 965.2
  ]
  edge [
    source 1136
    target 156
    type "normal"
    dist 1097.51
  ]
  edge [
    source 1136
    target 1089
    type "normal"
    dist 113.26
  ]
  edge [
    source 1135
    target 1084
    type "normal"
    dist 81.84
  ]
  edge [
    source 1134
    target 1114
    type "normal"
    dist 179.7
  ]
  edge [
    source 1134
    target 1112
    type "normal"
    dist 83.92
  ]
  edge [
    source 1133
    target 164
    type "normal"
    dist 335.42
  ]
  edge [
    source 1132
    target 139
    type "normal"
    dist 120.04
  ]
  edge [
    source 1130
    target 160
    type "normal"
    dist 134.09
  ]
  edge [
    source 1130
    target 144
    type "normal"
    dist 141.23
  ]
  edge [
    source 1130
    target 147
    type "normal"
    dist 148.26
  ]
  edge [
    source 1130
    target 1078
    type "normal"
    dist 166.69
  ]
  edge [
    source 1130
    target 152
    type "normal"
    dist 133.65
  ]
  edge [
    source 1129
    target 1123
    type "normal"
    dist 175.33
  ]
  edge [
    source 1128
    target 1077
    type "normal"
    dist 257.43
  ]
  edge [
    source 1127
    target 1119
    type "normal"
    dist 70.18
  ]
  edge [
    source 1127
    target 1125
    type "normal"
    dist 104.27
  ]
  edge [
    source 1126
    target 1105
    type "normal"
    dist 170.31
  ]
  edge [
    source 1125
    target 1078
    type "normal"
    dist 176.52
  ]
  edge [
    source 1124
    target 1113
    type "normal"
    dist 170.38
  ]
  edge [
    source 1124
    target 1114
    type "normal"
    dist 137.49
  ]
  edge [
    source 1124
    target 1087
    type "normal"
    dist 216.09
  ]
  edge [
    source 1123
    target 1111
    type "normal"
    dist 344.85
  ]
  edge [
    source 1122
    target 1089
    type "normal"
    dist 83.01
  ]
  edge [
    source 1121
    target 1105
    type "normal"
    dist 152.49
  ]
  edge [
    source 1121
    target 1120
    type "normal"
    dist 24.72
  ]
  edge [
    source 1118
    target 1117
    type "normal"
    dist 26.7
  ]
  edge [
    source 1118
    target 1112
    type "normal"
    dist 242.89
  ]
  edge [
    source 1116
    target 1088
    type "normal"
    dist 166.33
  ]
  edge [
    source 1115
    target 692
    type "normal"
    dist 295.43
  ]
  edge [
    source 1112
    target 1110
    type "normal"
    dist 31.27
  ]
  edge [
    source 1109
    target 1108
    type "normal"
    dist 45.39
  ]
  edge [
    source 1108
    target 1107
    type "normal"
    dist 42.03
  ]
  edge [
    source 1108
    target 1106
    type "normal"
    dist 24.97
  ]
  edge [
    source 1107
    target 1106
    type "normal"
    dist 41.78
  ]
  edge [
    source 1101
    target 156
    type "normal"
    dist 1159.06
  ]
  edge [
    source 1100
    target 1088
    type "normal"
    dist 224.97
  ]
  edge [
    source 1097
    target 1095
    type "normal"
    dist 30.07
  ]
  edge [
    source 1096
    target 1095
    type "normal"
    dist 41.82
  ]
  edge [
    source 1092
    target 1082
    type "normal"
    dist 62.26
  ]
  edge [
    source 1088
    target 1087
    type "normal"
    dist 96.2
  ]
  edge [
    source 1084
    target 168
    type "normal"
    dist 57.48
  ]
  edge [
    source 1083
    target 160
    type "normal"
    dist 42.12
  ]
  edge [
    source 1081
    target 1079
    type "normal"
    dist 438.42
  ]
  edge [
    source 1079
    target 676
    type "normal"
    dist 372.96
  ]
  edge [
    source 1078
    target 152
    type "normal"
    dist 212.8
  ]
  edge [
    source 1077
    target 673
    type "normal"
    dist 366.48
  ]
  edge [
    source 713
    target 678
    type "normal"
    dist 281.58
  ]
  edge [
    source 713
    target 688
    type "normal"
    dist 110.01
  ]
  edge [
    source 713
    target 669
    type "normal"
    dist 165.31
  ]
  edge [
    source 697
    target 669
    type "normal"
    dist 340.06
  ]
  edge [
    source 697
    target 682
    type "normal"
    dist 207.95
  ]
  edge [
    source 695
    target 688
    type "normal"
    dist 166.94
  ]
  edge [
    source 695
    target 671
    type "normal"
    dist 60.82
  ]
  edge [
    source 694
    target 669
    type "normal"
    dist 173.27
  ]
  edge [
    source 694
    target 675
    type "normal"
    dist 105.58
  ]
  edge [
    source 693
    target 691
    type "normal"
    dist 104.1
  ]
  edge [
    source 691
    target 687
    type "normal"
    dist 198.96
  ]
  edge [
    source 690
    target 677
    type "normal"
    dist 197.59
  ]
  edge [
    source 690
    target 672
    type "normal"
    dist 185.69
  ]
  edge [
    source 688
    target 675
    type "normal"
    dist 238.39
  ]
  edge [
    source 687
    target 684
    type "normal"
    dist 65.63
  ]
  edge [
    source 686
    target 674
    type "normal"
    dist 439.4
  ]
  edge [
    source 686
    target 681
    type "normal"
    dist 302.74
  ]
  edge [
    source 685
    target 671
    type "normal"
    dist 63.0
  ]
  edge [
    source 685
    target 683
    type "normal"
    dist 70.37
  ]
  edge [
    source 684
    target 675
    type "normal"
    dist 56.6
  ]
  edge [
    source 682
    target 680
    type "normal"
    dist 318.8
  ]
  edge [
    source 682
    target 674
    type "normal"
    dist 351.51
  ]
  edge [
    source 680
    target 679
    type "normal"
    dist 245.44
  ]
  edge [
    source 679
    target 669
    type "normal"
    dist 382.22
  ]
  edge [
    source 678
    target 677
    type "normal"
    dist 125.98
  ]
  edge [
    source 678
    target 671
    type "normal"
    dist 282.61
  ]
  edge [
    source 676
    target 674
    type "normal"
    dist 405.89
  ]
  edge [
    source 168
    target 152
    type "normal"
    dist 165.01
  ]
  edge [
    source 164
    target 156
    type "normal"
    dist 535.58
  ]
  edge [
    source 163
    target 157
    type "normal"
    dist 178.76
  ]
  edge [
    source 163
    target 159
    type "normal"
    dist 165.66
  ]
  edge [
    source 162
    target 142
    type "normal"
    dist 104.73
  ]
  edge [
    source 161
    target 145
    type "normal"
    dist 310.94
  ]
  edge [
    source 160
    target 144
    type "normal"
    dist 53.46
  ]
  edge [
    source 159
    target 153
    type "normal"
    dist 132.27
  ]
  edge [
    source 158
    target 156
    type "normal"
    dist 232.4
  ]
  edge [
    source 158
    target 146
    type "normal"
    dist 485.74
  ]
  edge [
    source 155
    target 141
    type "normal"
    dist 85.66
  ]
  edge [
    source 155
    target 143
    type "normal"
    dist 63.77
  ]
  edge [
    source 155
    target 150
    type "normal"
    dist 192.76
  ]
  edge [
    source 154
    target 146
    type "normal"
    dist 536.29
  ]
  edge [
    source 154
    target 149
    type "normal"
    dist 54.33
  ]
  edge [
    source 153
    target 151
    type "normal"
    dist 164.94
  ]
  edge [
    source 152
    target 147
    type "normal"
    dist 76.41
  ]
  edge [
    source 151
    target 150
    type "normal"
    dist 145.15
  ]
  edge [
    source 149
    target 139
    type "normal"
    dist 219.96
  ]
  edge [
    source 148
    target 141
    type "normal"
    dist 254.29
  ]
  edge [
    source 147
    target 144
    type "normal"
    dist 54.63
  ]
  edge [
    source 144
    target 143
    type "normal"
    dist 36.91
  ]
  edge [
    source 143
    target 141
    type "normal"
    dist 83.32
  ]
  edge [
    source 142
    target 139
    type "normal"
    dist 44.13
  ]
]