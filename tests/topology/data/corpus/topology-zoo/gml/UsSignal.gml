graph [
  DateObtained "22/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "US Signal"
  Provenance "Primary"
  Note "Fiber provider"
  Source "http://www.ussignalcom.com/network"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "UsSignal"
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
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Indianapolis "
    Country "United States"
    Longitude -86.15804
    Internal 1
    Latitude 39.76838
  ]
  node [
    id 1
    label "Bloomington"
    Country "United States"
    Longitude -86.52639
    Internal 1
    Latitude 39.16532
  ]
  node [
    id 2
    label "Shelbyville"
    Country "United States"
    Longitude -85.77692
    Internal 1
    Latitude 39.52144
  ]
  node [
    id 3
    label "Greenwood"
    Country "United States"
    Longitude -86.10665
    Internal 1
    Latitude 39.61366
  ]
  node [
    id 4
    label "Evansville"
    Country "United States"
    Longitude -87.55585
    Internal 1
    Latitude 37.97476
  ]
  node [
    id 5
    label "Centralia "
    Country "United States"
    Longitude -89.1334
    Internal 1
    Latitude 38.52505
  ]
  node [
    id 6
    label "Columbus"
    Country "United States"
    Longitude -85.92138
    Internal 1
    Latitude 39.20144
  ]
  node [
    id 7
    label "Louisville"
    Country "United States"
    Longitude -85.75941
    Internal 1
    Latitude 38.25424
  ]
  node [
    id 8
    label "Lansing"
    Country "United States"
    Longitude -84.55553
    Internal 1
    Latitude 42.73254
  ]
  node [
    id 9
    label "Jackson"
    Country "United States"
    Longitude -84.40135
    Internal 1
    Latitude 42.24587
  ]
  node [
    id 10
    label "St Loius"
    Country "United States"
    Longitude -90.19789
    Internal 1
    Latitude 38.62727
  ]
  node [
    id 11
    label "Lafayette"
    Country "United States"
    Longitude -86.87529
    Internal 1
    Latitude 40.4167
  ]
  node [
    id 12
    label "Grand Rapids"
    Country "United States"
    Longitude -85.66809
    Internal 1
    Latitude 42.96336
  ]
  node [
    id 13
    label "Muskegon"
    Country "United States"
    Longitude -86.24839
    Internal 1
    Latitude 43.23418
  ]
  node [
    id 14
    label "Gary"
    Country "United States"
    Longitude -87.34643
    Internal 1
    Latitude 41.59337
  ]
  node [
    id 15
    label "Battle Creek"
    Country "United States"
    Longitude -85.17971
    Internal 1
    Latitude 42.32115
  ]
  node [
    id 16
    label "Rockford "
    Country "United States"
    Longitude -89.094
    Internal 1
    Latitude 42.27113
  ]
  node [
    id 17
    label "Madison "
    Country "United States"
    Longitude -89.40123
    Internal 1
    Latitude 43.07305
  ]
  node [
    id 18
    label "Muncie"
    Country "United States"
    Longitude -85.38636
    Internal 1
    Latitude 40.19338
  ]
  node [
    id 19
    label "Anderson"
    Country "United States"
    Longitude -85.68025
    Internal 1
    Latitude 40.10532
  ]
  node [
    id 20
    label "Mattoon "
    Country "United States"
    Longitude -88.37283
    Internal 1
    Latitude 39.48309
  ]
  node [
    id 21
    label "Terre Haute "
    Country "United States"
    Longitude -87.41391
    Internal 1
    Latitude 39.4667
  ]
  node [
    id 22
    label "Champaign "
    Country "United States"
    Longitude -88.24338
    Internal 1
    Latitude 40.11642
  ]
  node [
    id 23
    label "Bloomington"
    Country "United States"
    Longitude -88.99369
    Internal 1
    Latitude 40.4842
  ]
  node [
    id 24
    label "Peoria "
    Country "United States"
    Longitude -89.58899
    Internal 1
    Latitude 40.69365
  ]
  node [
    id 25
    label "Springfield "
    Country "United States"
    Longitude -89.64371
    Internal 1
    Latitude 39.80172
  ]
  node [
    id 26
    label "Ann Arbor"
    Country "United States"
    Longitude -83.74088
    Internal 1
    Latitude 42.27756
  ]
  node [
    id 27
    label "Traverse City"
    Country "United States"
    Longitude -85.62063
    Internal 1
    Latitude 44.76306
  ]
  node [
    id 28
    label "Mt Pleasant"
    Country "United States"
    Longitude -84.76751
    Internal 1
    Latitude 43.59781
  ]
  node [
    id 29
    label "Portage"
    Country "United States"
    Longitude -87.17615
    Internal 1
    Latitude 41.57587
  ]
  node [
    id 30
    label "Chicago "
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 31
    label "Midland"
    Country "United States"
    Longitude -84.24721
    Internal 1
    Latitude 43.61558
  ]
  node [
    id 32
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 33
    label "Saginaw"
    Country "United States"
    Longitude -83.95081
    Internal 1
    Latitude 43.41947
  ]
  node [
    id 34
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 35
    label "Appleton "
    Country "United States"
    Longitude -88.41538
    Internal 1
    Latitude 44.26193
  ]
  node [
    id 36
    label "Oshkosh "
    Country "United States"
    Longitude -88.54261
    Internal 1
    Latitude 44.02471
  ]
  node [
    id 37
    label "Milwaukee "
    Country "United States"
    Longitude -87.90647
    Internal 1
    Latitude 43.0389
  ]
  node [
    id 38
    label "Green Bay "
    Country "United States"
    Longitude -88.01983
    Internal 1
    Latitude 44.51916
  ]
  node [
    id 39
    label "Des Plaines "
    Country "United States"
    Longitude -87.8834
    Internal 1
    Latitude 42.03336
  ]
  node [
    id 40
    label "Northbrook "
    Country "United States"
    Longitude -87.82895
    Internal 1
    Latitude 42.12753
  ]
  node [
    id 41
    label "La Grange"
    Country "United States"
    Longitude -87.86923
    Internal 1
    Latitude 41.80503
  ]
  node [
    id 42
    label "Oak Brook "
    Country "United States"
    Longitude -87.92895
    Internal 1
    Latitude 41.83281
  ]
  node [
    id 43
    label "Lima"
    Country "United States"
    Longitude -84.10523
    Internal 1
    Latitude 40.74255
  ]
  node [
    id 44
    label "Fort Wayne"
    Country "United States"
    Longitude -85.12886
    Internal 1
    Latitude 41.1306
  ]
  node [
    id 45
    label "South Bend"
    Country "United States"
    Longitude -86.25001
    Internal 1
    Latitude 41.68338
  ]
  node [
    id 46
    label "Warsaw"
    Country "United States"
    Longitude -85.85305
    Internal 1
    Latitude 41.2381
  ]
  node [
    id 47
    label "Marion"
    Country "United States"
    geocode_id "7317018"
    Internal 1
    Longitude -85.6597
    Latitude 40.54969
  ]
  node [
    id 48
    label "Kokomo"
    Country "United States"
    Longitude -86.1336
    Internal 1
    Latitude 40.48643
  ]
  node [
    id 49
    label "Elkhart"
    Country "United States"
    Longitude -85.97667
    Internal 1
    Latitude 41.68199
  ]
  node [
    id 50
    label "Three Rivers"
    Country "United States"
    Longitude -85.63249
    Internal 1
    Latitude 41.94394
  ]
  node [
    id 51
    label "Kalamazoo"
    Country "United States"
    Longitude -85.58723
    Internal 1
    Latitude 42.29171
  ]
  node [
    id 52
    label "Niles"
    Country "United States"
    Longitude -86.25418
    Internal 1
    Latitude 41.82977
  ]
  node [
    id 53
    label "Dayton "
    Country "United States"
    Longitude -84.19161
    Internal 1
    Latitude 39.75895
  ]
  node [
    id 54
    label "Cincinnati "
    Country "United States"
    Longitude -84.45689
    Internal 1
    Latitude 39.162
  ]
  node [
    id 55
    label "Saginaw"
    Country "United States"
    Longitude -83.95081
    Internal 1
    Latitude 43.41947
  ]
  node [
    id 56
    label "Flint"
    Country "United States"
    Longitude -83.68746
    Internal 1
    Latitude 43.01253
  ]
  node [
    id 57
    label "Pontiac"
    Country "United States"
    Longitude -83.29105
    Internal 1
    Latitude 42.63892
  ]
  node [
    id 58
    label "Southfield/Detroit"
    Country "United States"
    Longitude -83.2428
    Internal 1
    Latitude 42.4762
  ]
  node [
    id 59
    label "Toledo"
    Country "United States"
    Longitude -83.55521
    Internal 1
    Latitude 41.66394
  ]
  node [
    id 60
    label "Cleveland"
    Country "United States"
    Longitude -81.69541
    Internal 1
    Latitude 41.4995
  ]
  node [
    id 61
    label "Akron"
    Country "United States"
    Longitude -81.51901
    Internal 1
    Latitude 41.08144
  ]
  node [
    id 62
    label "Columbus "
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
  ]
  edge [
    source 0
    target 11
    id "e18"
  ]
  edge [
    source 0
    target 19
    id "e20"
  ]
  edge [
    source 0
    target 2
    id "e14"
  ]
  edge [
    source 0
    target 3
    id "e16"
  ]
  edge [
    source 0
    target 21
    id "e19"
  ]
  edge [
    source 1
    target 3
    id "e17"
  ]
  edge [
    source 1
    target 6
    id "e21"
  ]
  edge [
    source 2
    target 6
    id "e15"
  ]
  edge [
    source 2
    target 54
    id "e13"
  ]
  edge [
    source 5
    target 10
    id "e24"
  ]
  edge [
    source 5
    target 20
    id "e23"
  ]
  edge [
    source 6
    target 7
    id "e22"
  ]
  edge [
    source 8
    target 56
    id "e2"
  ]
  edge [
    source 8
    target 9
    id "e76"
  ]
  edge [
    source 8
    target 28
    id "e73"
  ]
  edge [
    source 8
    target 12
    id "e69"
  ]
  edge [
    source 9
    target 26
    id "e77"
  ]
  edge [
    source 9
    target 15
    id "e68"
  ]
  edge [
    source 10
    target 25
    id "e25"
  ]
  edge [
    source 11
    target 48
    id "e26"
  ]
  edge [
    source 11
    target 14
    id "e27"
  ]
  edge [
    source 12
    target 51
    id "e39"
  ]
  edge [
    source 12
    target 13
    id "e70"
  ]
  edge [
    source 13
    target 27
    id "e71"
  ]
  edge [
    source 13
    target 28
    id "e72"
  ]
  edge [
    source 14
    target 41
    id "e65"
  ]
  edge [
    source 15
    target 51
    id "e38"
  ]
  edge [
    source 16
    target 17
    id "e53"
  ]
  edge [
    source 16
    target 42
    id "e52"
  ]
  edge [
    source 17
    target 36
    id "e54"
  ]
  edge [
    source 17
    target 37
    id "e55"
  ]
  edge [
    source 18
    target 19
    id "e44"
  ]
  edge [
    source 18
    target 47
    id "e30"
  ]
  edge [
    source 20
    target 22
    id "e45"
  ]
  edge [
    source 20
    target 21
    id "e46"
  ]
  edge [
    source 22
    target 32
    id "e47"
  ]
  edge [
    source 23
    target 32
    id "e49"
  ]
  edge [
    source 23
    target 24
    id "e48"
  ]
  edge [
    source 24
    target 25
    id "e50"
  ]
  edge [
    source 25
    target 32
    id "e51"
  ]
  edge [
    source 26
    target 58
    id "e6"
  ]
  edge [
    source 27
    target 33
    id "e78"
  ]
  edge [
    source 28
    target 31
    id "e74"
  ]
  edge [
    source 29
    target 45
    id "e34"
  ]
  edge [
    source 29
    target 30
    id "e66"
  ]
  edge [
    source 30
    target 32
    id "e67"
  ]
  edge [
    source 30
    target 42
    id "e62"
  ]
  edge [
    source 31
    target 33
    id "e75"
  ]
  edge [
    source 33
    target 55
    id "e1"
  ]
  edge [
    source 34
    target 43
    id "e43"
  ]
  edge [
    source 34
    target 60
    id "e9"
  ]
  edge [
    source 34
    target 62
    id "e11"
  ]
  edge [
    source 35
    target 36
    id "e56"
  ]
  edge [
    source 35
    target 38
    id "e57"
  ]
  edge [
    source 37
    target 40
    id "e59"
  ]
  edge [
    source 37
    target 38
    id "e58"
  ]
  edge [
    source 39
    target 40
    id "e60"
  ]
  edge [
    source 39
    target 42
    id "e61"
  ]
  edge [
    source 41
    target 42
    id "e63"
  ]
  edge [
    source 41
    target 42
    id "e64"
  ]
  edge [
    source 43
    target 44
    id "e42"
  ]
  edge [
    source 44
    target 49
    id "e41"
  ]
  edge [
    source 44
    target 47
    id "e29"
  ]
  edge [
    source 45
    target 49
    id "e35"
  ]
  edge [
    source 45
    target 52
    id "e33"
  ]
  edge [
    source 45
    target 46
    id "e32"
  ]
  edge [
    source 46
    target 47
    id "e31"
  ]
  edge [
    source 47
    target 48
    id "e28"
  ]
  edge [
    source 49
    target 50
    id "e40"
  ]
  edge [
    source 49
    target 59
    id "e7"
  ]
  edge [
    source 50
    target 51
    id "e37"
  ]
  edge [
    source 51
    target 52
    id "e36"
  ]
  edge [
    source 53
    target 62
    id "e10"
  ]
  edge [
    source 53
    target 54
    id "e12"
  ]
  edge [
    source 55
    target 56
    id "e0"
  ]
  edge [
    source 56
    target 57
    id "e3"
  ]
  edge [
    source 57
    target 58
    id "e4"
  ]
  edge [
    source 58
    target 59
    id "e5"
  ]
  edge [
    source 59
    target 60
    id "e8"
  ]
]
