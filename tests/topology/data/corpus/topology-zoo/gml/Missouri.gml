graph [
  DateObtained "18/10/10"
  GeoLocation "Missouri"
  GeoExtent "Region"
  Network "Missouri Network Alliance "
  Provenance "Primary"
  Access 0
  Source "http://www.mnatele.com/network-map.cfm"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Missouri"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
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
    label "Rich Hill"
    Country "United States"
    Longitude -94.36106
    Internal 1
    Latitude 38.09642
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 1
    label "Kearney"
    Country "United States"
    Longitude -94.36217
    Internal 1
    Latitude 39.36778
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 2
    label "Burlington Junction"
    Country "United States"
    Longitude -95.06609
    Internal 1
    Latitude 40.44555
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 3
    label "To Omaha"
    Internal 0
  ]
  node [
    id 4
    label "Warrensburg"
    Country "United States"
    Longitude -93.73605
    Internal 1
    Latitude 38.76279
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 5
    label "Higginsville"
    Country "United States"
    Longitude -93.71716
    Internal 1
    Latitude 39.07251
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 6
    label "Louisburg"
    Country "United States"
    Longitude -94.68079
    Internal 1
    Latitude 38.61946
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 7
    label "Peculiar"
    Country "United States"
    Longitude -94.45856
    Internal 1
    Latitude 38.71918
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 8
    label "Branson"
    Country "United States"
    Longitude -93.21851
    Internal 1
    Latitude 36.64367
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 9
    label "Saint Louis"
    Country "United States"
    Longitude -90.19789
    Internal 1
    Latitude 38.62727
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 10
    label "Lees Summit"
    Country "United States"
    Longitude -94.38217
    Internal 1
    Latitude 38.91084
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 11
    label "Sedalia"
    Country "United States"
    Longitude -93.22826
    Internal 1
    Latitude 38.70446
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 12
    label "Sullivan"
    Country "United States"
    Longitude -91.16042
    Internal 1
    Latitude 38.2081
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 13
    label "Steelville"
    Country "United States"
    Longitude -91.35487
    Internal 1
    Latitude 37.9681
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 14
    label "Tipton"
    Country "United States"
    Longitude -92.77992
    Internal 1
    Latitude 38.65558
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 15
    label "Cuba"
    Country "United States"
    Longitude -91.40348
    Internal 1
    Latitude 38.06282
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 16
    label "Huntsville"
    Country "United States"
    Longitude -92.54518
    Internal 1
    Latitude 39.44059
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 17
    label "Moberly"
    Country "United States"
    Longitude -92.43824
    Internal 1
    Latitude 39.41837
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 18
    label "Green City"
    Country "United States"
    Longitude -92.95326
    Internal 1
    Latitude 40.26863
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 19
    label "Kirksville"
    Country "United States"
    Longitude -92.58325
    Internal 1
    Latitude 40.19475
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 20
    label "Hurdland"
    Country "United States"
    Longitude -92.30213
    Internal 1
    Latitude 40.15004
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 21
    label "Hannibal"
    Country "United States"
    Longitude -91.35848
    Internal 1
    Latitude 39.70838
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 22
    label "Palmyra"
    Country "United States"
    Longitude -91.52321
    Internal 1
    Latitude 39.79421
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 23
    label "New London"
    Country "United States"
    Longitude -91.40098
    Internal 1
    Latitude 39.58532
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 24
    label "Atlanta"
    Country "United States"
    Longitude -92.48102
    Internal 1
    Latitude 39.89865
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 25
    label "Bevier"
    Country "United States"
    Longitude -92.56408
    Internal 1
    Latitude 39.74698
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 26
    label "East Saint Louis"
    Country "United States"
    Longitude -90.2527
    Internal 1
    Latitude 38.6673
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 27
    label "To Chicago"
    Internal 0
  ]
  node [
    id 28
    label "Rolla"
    Country "United States"
    Longitude -91.77127
    Internal 1
    Latitude 37.95143
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 29
    label "Pilot Grove"
    Country "United States"
    Longitude -92.91158
    Internal 1
    Latitude 38.87474
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 30
    label "Jefferson City"
    Country "United States"
    Longitude -92.17352
    Internal 1
    Latitude 38.5767
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 31
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 32
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 33
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 34
    label "Cleveland"
    Country "United States"
    Longitude -94.59357
    Internal 1
    Latitude 38.67918
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 35
    label "Tulsa"
    Country "United States"
    Longitude -95.99278
    Internal 1
    Latitude 36.15398
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 36
    label "Joplin"
    Country "United States"
    Longitude -94.51328
    Internal 1
    Latitude 37.08423
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 37
    label "Shelbina"
    Country "United States"
    Longitude -92.04295
    Internal 1
    Latitude 39.69393
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 38
    label "Paris"
    Country "United States"
    Longitude -92.00128
    Internal 1
    Latitude 39.48087
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 39
    label "Farber"
    Country "United States"
    Longitude -91.5746
    Internal 1
    Latitude 39.27254
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 40
    label "Vandalia"
    Country "United States"
    Longitude -91.48849
    Internal 1
    Latitude 39.31087
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 41
    label "Columbia"
    Country "United States"
    Longitude -92.33407
    Internal 1
    Latitude 38.95171
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 42
    label "Mexico"
    Country "United States"
    Longitude -91.88295
    Internal 1
    Latitude 39.16976
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 43
    label "Mokane"
    Country "United States"
    Longitude -91.87434
    Internal 1
    Latitude 38.67504
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 44
    label "Auxvasse"
    Country "United States"
    Longitude -91.89712
    Internal 1
    Latitude 39.0181
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 45
    label "Springfield"
    Country "United States"
    Longitude -93.29824
    Internal 1
    Latitude 37.21533
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 46
    label "Linneus"
    Country "United States"
    Longitude -93.18882
    Internal 1
    Latitude 39.87863
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 47
    label "Unionville"
    Country "United States"
    Longitude -93.00326
    Internal 1
    Latitude 40.47696
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 48
    label "Alma"
    Country "United States"
    Longitude -93.54521
    Internal 1
    Latitude 39.0953
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 49
    label "Carrollton"
    Country "United States"
    Longitude -93.49577
    Internal 1
    Latitude 39.35835
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 50
    label "Tina"
    Country "United States"
    Longitude -93.44021
    Internal 1
    Latitude 39.53613
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 51
    label "Chillicothe"
    Country "United States"
    Longitude -93.55244
    Internal 1
    Latitude 39.79529
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 52
    label "To Des Moines"
    Internal 0
  ]
  node [
    id 53
    label "Princeton"
    Country "United States"
    Longitude -93.5805
    Internal 1
    Latitude 40.40084
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 54
    label "Trenton"
    Country "United States"
    Longitude -93.61661
    Internal 1
    Latitude 40.0789
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 55
    label "Marshall"
    Country "United States"
    Longitude -93.19687
    Internal 1
    Latitude 39.12308
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 56
    label "Savannah"
    Country "United States"
    Longitude -94.83025
    Internal 1
    Latitude 39.94166
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 57
    label "Maryville"
    Country "United States"
    Longitude -94.87247
    Internal 1
    Latitude 40.3461
    type "MNA Tier 2 Collocation"
  ]
  node [
    id 58
    label "Maitland"
    Country "United States"
    Longitude -95.07442
    Internal 1
    Latitude 40.20083
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 59
    label "Rock Port"
    Country "United States"
    Longitude -95.51693
    Internal 1
    Latitude 40.41111
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 60
    label "Oregon"
    Country "United States"
    Longitude -95.14498
    Internal 1
    Latitude 39.98694
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 61
    label "Saint Joseph"
    Country "United States"
    Longitude -94.84663
    Internal 1
    Latitude 39.76861
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 62
    label "Kansas City"
    Country "United States"
    Longitude -94.57857
    Internal 1
    Latitude 39.09973
    type "MNA Tier 1 Collocation"
  ]
  node [
    id 63
    label "Lathrop"
    Country "United States"
    Longitude -94.32995
    Internal 1
    Latitude 39.54834
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 64
    label "Cameron"
    Country "United States"
    Longitude -94.24106
    Internal 1
    Latitude 39.74028
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 65
    label "Albany"
    Country "United States"
    Longitude -94.33107
    Internal 1
    Latitude 40.24861
    type "MNA Tier 3 Collocation"
  ]
  node [
    id 66
    label "Bethany"
    Country "United States"
    Longitude -94.02829
    Internal 1
    Latitude 40.26833
    type "MNA Tier 3 Collocation"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Affiliate Network"
  ]
  edge [
    source 1
    target 62
    LinkLabel "MNA Network"
  ]
  edge [
    source 1
    target 63
    LinkLabel "MNA Network"
  ]
  edge [
    source 2
    target 57
    LinkLabel "MNA Network"
  ]
  edge [
    source 2
    target 58
    LinkLabel "MNA Network"
  ]
  edge [
    source 2
    target 3
    LinkLabel "MNA Network"
  ]
  edge [
    source 2
    target 52
    LinkLabel "MNA Network"
  ]
  edge [
    source 2
    target 59
    LinkLabel "MNA Network"
  ]
  edge [
    source 4
    target 10
    LinkNote " Construction"
    LinkLabel "Planned Construction"
    LinkStatus "Planned"
  ]
  edge [
    source 4
    target 11
    LinkLabel "MNA Network"
  ]
  edge [
    source 4
    target 5
    LinkLabel "MNA Network"
  ]
  edge [
    source 4
    target 45
    LinkLabel "MNA Network"
  ]
  edge [
    source 4
    target 7
    LinkLabel "MNA Network"
  ]
  edge [
    source 5
    target 48
    LinkLabel "MNA Network"
  ]
  edge [
    source 6
    target 34
    LinkLabel "MNA Network"
  ]
  edge [
    source 7
    target 34
    LinkLabel "MNA Network"
  ]
  edge [
    source 8
    target 45
    LinkLabel "MNA Network"
  ]
  edge [
    source 9
    target 32
    LinkLabel "MNA Network"
  ]
  edge [
    source 9
    target 26
    LinkLabel "MNA Network"
  ]
  edge [
    source 9
    target 12
    LinkLabel "MNA Network"
  ]
  edge [
    source 10
    target 62
    LinkNote " Construction"
    LinkLabel "Planned Construction"
    LinkStatus "Planned"
  ]
  edge [
    source 11
    target 14
    LinkLabel "MNA Network"
  ]
  edge [
    source 11
    target 55
    LinkLabel "MNA Network"
  ]
  edge [
    source 12
    target 15
    LinkLabel "MNA Network"
  ]
  edge [
    source 13
    target 15
    LinkLabel "MNA Network"
  ]
  edge [
    source 14
    target 29
    LinkLabel "MNA Network"
  ]
  edge [
    source 14
    target 30
    LinkLabel "MNA Network"
  ]
  edge [
    source 15
    target 28
    LinkLabel "MNA Network"
  ]
  edge [
    source 16
    target 17
    LinkLabel "MNA Network"
  ]
  edge [
    source 16
    target 25
    LinkLabel "MNA Network"
  ]
  edge [
    source 16
    target 49
    LinkLabel "MNA Network"
  ]
  edge [
    source 17
    target 41
    LinkLabel "MNA Network"
  ]
  edge [
    source 17
    target 42
    LinkLabel "MNA Network"
  ]
  edge [
    source 17
    target 38
    LinkLabel "MNA Network"
  ]
  edge [
    source 18
    target 19
    LinkLabel "MNA Network"
  ]
  edge [
    source 18
    target 47
    LinkLabel "MNA Network"
  ]
  edge [
    source 19
    target 20
    LinkLabel "MNA Network"
  ]
  edge [
    source 20
    target 24
    LinkLabel "MNA Network"
  ]
  edge [
    source 21
    target 33
    LinkLabel "MNA Network"
  ]
  edge [
    source 21
    target 23
    LinkNote " Construction"
    LinkLabel "Planned Construction"
    LinkStatus "Planned"
  ]
  edge [
    source 22
    target 33
    LinkLabel "MNA Network"
  ]
  edge [
    source 23
    target 40
    LinkNote " Construction"
    LinkLabel "Planned Construction"
    LinkStatus "Planned"
  ]
  edge [
    source 24
    target 25
    LinkLabel "MNA Network"
  ]
  edge [
    source 26
    target 27
    LinkLabel "MNA Network"
  ]
  edge [
    source 28
    target 30
    LinkLabel "MNA Network"
  ]
  edge [
    source 29
    target 55
    LinkLabel "MNA Network"
  ]
  edge [
    source 30
    target 41
    LinkLabel "MNA Network"
  ]
  edge [
    source 30
    target 43
    LinkLabel "MNA Network"
  ]
  edge [
    source 31
    target 35
    LinkLabel "MNA Network"
  ]
  edge [
    source 31
    target 36
    LinkLabel "MNA Network"
  ]
  edge [
    source 31
    target 62
    LinkLabel "MNA Network"
  ]
  edge [
    source 32
    target 42
    LinkLabel "MNA Network"
  ]
  edge [
    source 32
    target 44
    LinkLabel "MNA Network"
  ]
  edge [
    source 32
    target 41
    LinkLabel "MNA Network"
  ]
  edge [
    source 33
    target 37
    LinkLabel "MNA Network"
  ]
  edge [
    source 34
    target 35
    LinkLabel "Affiliate Network"
  ]
  edge [
    source 34
    target 62
    LinkLabel "MNA Network"
  ]
  edge [
    source 35
    target 36
    LinkLabel "MNA Network"
  ]
  edge [
    source 36
    target 45
    LinkLabel "MNA Network"
  ]
  edge [
    source 37
    target 38
    LinkLabel "MNA Network"
  ]
  edge [
    source 39
    target 40
    LinkLabel "MNA Network"
  ]
  edge [
    source 39
    target 42
    LinkLabel "MNA Network"
  ]
  edge [
    source 41
    target 44
    LinkLabel "MNA Network"
  ]
  edge [
    source 43
    target 44
    LinkLabel "MNA Network"
  ]
  edge [
    source 46
    target 51
    LinkLabel "MNA Network"
  ]
  edge [
    source 46
    target 54
    LinkLabel "MNA Network"
  ]
  edge [
    source 47
    target 53
    LinkLabel "MNA Network"
  ]
  edge [
    source 48
    target 55
    LinkLabel "MNA Network"
  ]
  edge [
    source 49
    target 50
    LinkLabel "MNA Network"
  ]
  edge [
    source 49
    target 63
    LinkLabel "MNA Network"
  ]
  edge [
    source 50
    target 51
    LinkLabel "MNA Network"
  ]
  edge [
    source 53
    target 66
    LinkLabel "MNA Network"
  ]
  edge [
    source 53
    target 54
    LinkLabel "MNA Network"
  ]
  edge [
    source 56
    target 58
    LinkLabel "MNA Network"
  ]
  edge [
    source 56
    target 61
    LinkLabel "MNA Network"
  ]
  edge [
    source 57
    target 65
    LinkLabel "MNA Network"
  ]
  edge [
    source 58
    target 65
    LinkLabel "MNA Network"
  ]
  edge [
    source 59
    target 60
    LinkLabel "MNA Network"
  ]
  edge [
    source 60
    target 61
    LinkLabel "MNA Network"
  ]
  edge [
    source 61
    target 62
    LinkLabel "MNA Network"
  ]
  edge [
    source 63
    target 64
    LinkLabel "MNA Network"
  ]
  edge [
    source 64
    target 66
    LinkLabel "MNA Network"
  ]
  edge [
    source 65
    target 66
    LinkLabel "MNA Network"
  ]
]
