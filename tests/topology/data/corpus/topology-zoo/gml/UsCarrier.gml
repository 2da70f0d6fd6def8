graph [
  DateObtained "15/11/10"
  GeoLocation "Georgia, Alabama, Florida, USA"
  GeoExtent "Region"
  Network "US Carrier"
  Provenance "Primary"
  Note "Fiber provider"
  Source "http://www.uscarrier.com/NW_index.html"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "UsCarrier"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2008"
  DateYear "2008"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Orangeburg"
    Country "United States"
    Longitude -80.85565
    Internal 1
    Latitude 33.49182
  ]
  node [
    id 1
    label "Walterboro"
    Country "United States"
    Longitude -80.66677
    Internal 1
    Latitude 32.90517
  ]
  node [
    id 2
    label "Darien"
    Country "United States"
    Longitude -81.43399
    Internal 1
    Latitude 31.37023
  ]
  node [
    id 3
    label "Nahunta"
    Country "United States"
    Longitude -81.98123
    Internal 1
    Latitude 31.20439
  ]
  node [
    id 4
    label "Waycross"
    Country "United States"
    Longitude -82.35402
    Internal 1
    Latitude 31.21355
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
    label "Lake City"
    Country "United States"
    Longitude -82.63929
    Internal 1
    Latitude 30.18968
  ]
  node [
    id 7
    label "Columbia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
  ]
  node [
    id 8
    label "Aiken"
    Country "United States"
    Longitude -81.71955
    Internal 1
    Latitude 33.56042
  ]
  node [
    id 9
    label "Augusta"
    Country "United States"
    Longitude -81.96512
    Internal 1
    Latitude 33.5018
  ]
  node [
    id 10
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 11
    label "Rocky Mount"
    Country "United States"
    Longitude -77.79053
    Internal 1
    Latitude 35.93821
  ]
  node [
    id 12
    label "Burlington"
    Country "United States"
    Longitude -79.4378
    Internal 1
    Latitude 36.09569
  ]
  node [
    id 13
    label "Durham"
    Country "United States"
    Longitude -78.89862
    Internal 1
    Latitude 35.99403
  ]
  node [
    id 14
    label "New Bern"
    Country "United States"
    Longitude -77.04411
    Internal 1
    Latitude 35.10849
  ]
  node [
    id 15
    label "Jacksonville"
    Country "United States"
    Longitude -77.43024
    Internal 1
    Latitude 34.75405
  ]
  node [
    id 16
    label "Greenville"
    Country "United States"
    Longitude -77.36635
    Internal 1
    Latitude 35.61266
  ]
  node [
    id 17
    label "Kinston"
    Country "United States"
    Longitude -77.58164
    Internal 1
    Latitude 35.26266
  ]
  node [
    id 18
    label "Fayetteville"
    Country "United States"
    Longitude -78.87836
    Internal 1
    Latitude 35.05266
  ]
  node [
    id 19
    label "Wilmington"
    Country "United States"
    Longitude -77.94471
    Internal 1
    Latitude 34.22573
  ]
  node [
    id 20
    label "Athens"
    Country "United States"
    Longitude -83.37794
    Internal 1
    Latitude 33.96095
  ]
  node [
    id 21
    label "Hartwell"
    Country "United States"
    Longitude -82.93209
    Internal 1
    Latitude 34.35288
  ]
  node [
    id 22
    label "Bristol"
    Country "United States"
    Longitude -82.18874
    Internal 1
    Latitude 36.59511
  ]
  node [
    id 23
    label "Kingsport"
    Country "United States"
    Longitude -82.56182
    Internal 1
    Latitude 36.54843
  ]
  node [
    id 24
    label "Abbeville"
    Country "United States"
    Longitude -82.37901
    Internal 1
    Latitude 34.17817
  ]
  node [
    id 25
    label "Anderson"
    Country "United States"
    Longitude -82.65013
    Internal 1
    Latitude 34.50344
  ]
  node [
    id 26
    label "Hickory Tavern"
    Country "United States"
    Longitude -82.18872
    Internal 1
    Latitude 34.52123
  ]
  node [
    id 27
    label "Greenwood"
    Country "United States"
    Longitude -82.16179
    Internal 1
    Latitude 34.1954
  ]
  node [
    id 28
    label "Abingdon"
    Country "United States"
    Longitude -81.97735
    Internal 1
    Latitude 36.70983
  ]
  node [
    id 29
    label "Johnson City"
    Country "United States"
    Longitude -82.35347
    Internal 1
    Latitude 36.31344
  ]
  node [
    id 30
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 31
    label "Kernersville"
    Country "United States"
    Longitude -80.07365
    Internal 1
    Latitude 36.11986
  ]
  node [
    id 32
    label "Salisbury"
    Country "United States"
    Longitude -80.47423
    Internal 1
    Latitude 35.67097
  ]
  node [
    id 33
    label "Lexington"
    Country "United States"
    Longitude -80.25338
    Internal 1
    Latitude 35.82403
  ]
  node [
    id 34
    label "High Point"
    Country "United States"
    Longitude -80.00532
    Internal 1
    Latitude 35.95569
  ]
  node [
    id 35
    label "Concord"
    Country "United States"
    Longitude -80.57951
    Internal 1
    Latitude 35.40875
  ]
  node [
    id 36
    label "Boone"
    Country "United States"
    Longitude -81.67455
    Internal 1
    Latitude 36.2168
  ]
  node [
    id 37
    label "Baldwin"
    Country "United States"
    Longitude -81.53288
    Internal 1
    Latitude 36.34763
  ]
  node [
    id 38
    label "Level Cross"
    Country "United States"
    Longitude -79.80781
    Internal 1
    Latitude 35.88902
  ]
  node [
    id 39
    label "Courtney"
    Country "United States"
    Longitude -80.62062
    Internal 1
    Latitude 36.06014
  ]
  node [
    id 40
    label "Fort Myers"
    Country "United States"
    Longitude -81.84059
    Internal 1
    Latitude 26.62168
  ]
  node [
    id 41
    label "Tifton"
    Country "United States"
    Longitude -83.5085
    Internal 1
    Latitude 31.45046
  ]
  node [
    id 42
    label "Winter Park"
    Country "United States"
    Longitude -81.33924
    Internal 1
    Latitude 28.6
  ]
  node [
    id 43
    label "Avon Park"
    Country "United States"
    Longitude -81.50619
    Internal 1
    Latitude 27.59587
  ]
  node [
    id 44
    label "Adel"
    Country "United States"
    Longitude -83.42349
    Internal 1
    Latitude 31.13714
  ]
  node [
    id 45
    label "Vadosta"
    Country "United States"
    Longitude -83.27849
    Internal 1
    Latitude 30.8327
  ]
  node [
    id 46
    label "Omega"
    Country "United States"
    Longitude -83.5935
    Internal 1
    Latitude 31.34102
  ]
  node [
    id 47
    label "Willacoochee"
    Country "United States"
    Longitude -83.04598
    Internal 1
    Latitude 31.34076
  ]
  node [
    id 48
    label "Douglas"
    Country "United States"
    Longitude -82.84987
    Internal 1
    Latitude 31.50881
  ]
  node [
    id 49
    label "Albany"
    Country "United States"
    Longitude -84.15574
    Internal 1
    Latitude 31.57851
  ]
  node [
    id 50
    label "Roanoke"
    Country "United States"
    Longitude -79.94143
    Internal 1
    Latitude 37.27097
  ]
  node [
    id 51
    label "Charleston"
    Country "United States"
    Longitude -81.63262
    Internal 1
    Latitude 38.34982
  ]
  node [
    id 52
    label "Marion"
    Country "United States"
    Longitude -81.51484
    Internal 1
    Latitude 36.83484
  ]
  node [
    id 53
    label "Wytheville"
    Country "United States"
    Longitude -81.08481
    Internal 1
    Latitude 36.94845
  ]
  node [
    id 54
    label "Bland"
    Country "United States"
    Longitude -81.1162
    Internal 1
    Latitude 37.10206
  ]
  node [
    id 55
    label "Bluefield"
    Country "United States"
    Longitude -81.22232
    Internal 1
    Latitude 37.26984
  ]
  node [
    id 56
    label "Blacksburg"
    Country "United States"
    Longitude -80.41394
    Internal 1
    Latitude 37.22957
  ]
  node [
    id 57
    label "Troutville"
    Country "United States"
    Longitude -79.87476
    Internal 1
    Latitude 37.41819
  ]
  node [
    id 58
    label "Radford"
    Country "United States"
    Longitude -80.57645
    Internal 1
    Latitude 37.13179
  ]
  node [
    id 59
    label "Christiansburg"
    Country "United States"
    Longitude -80.40894
    Internal 1
    Latitude 37.12985
  ]
  node [
    id 60
    label "Crestview"
    Country "United States"
    Longitude -86.57051
    Internal 1
    Latitude 30.76213
  ]
  node [
    id 61
    label "Dothan"
    Country "United States"
    Longitude -85.39049
    Internal 1
    Latitude 31.22323
  ]
  node [
    id 62
    label "Edinburg"
    Country "United States"
    Longitude -78.56585
    Internal 1
    Latitude 38.82095
  ]
  node [
    id 63
    label "Front Royal"
    Country "United States"
    Longitude -78.19444
    Internal 1
    Latitude 38.91817
  ]
  node [
    id 64
    label "Warrenton"
    Country "United States"
    Longitude -77.79527
    Internal 1
    Latitude 38.71345
  ]
  node [
    id 65
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 66
    label "Asheville"
    Country "United States"
    Longitude -82.55402
    Internal 1
    Latitude 35.60095
  ]
  node [
    id 67
    label "Tar Heel"
    Country "United States"
    Longitude -78.7918
    Internal 1
    Latitude 34.73297
  ]
  node [
    id 68
    label "Canton"
    Country "United States"
    Longitude -84.49076
    Internal 1
    Latitude 34.23676
  ]
  node [
    id 69
    label "Maretta"
    Country "United States"
    Longitude -84.54993
    Internal 1
    Latitude 33.9526
  ]
  node [
    id 70
    label "Cartersville"
    Country "United States"
    Longitude -84.79994
    Internal 1
    Latitude 34.1651
  ]
  node [
    id 71
    label "Calhoun"
    Country "United States"
    Longitude -84.95105
    Internal 1
    Latitude 34.50259
  ]
  node [
    id 72
    label "Dalton"
    Country "United States"
    Longitude -84.97022
    Internal 1
    Latitude 34.7698
  ]
  node [
    id 73
    label "Ringgold"
    Country "United States"
    Longitude -85.10912
    Internal 1
    Latitude 34.91591
  ]
  node [
    id 74
    label "Chattanooga"
    Country "United States"
    Longitude -85.30968
    Internal 1
    Latitude 35.04563
  ]
  node [
    id 75
    label "Copperhill"
    Country "United States"
    Longitude -84.37076
    Internal 1
    Latitude 34.98897
  ]
  node [
    id 76
    label "Ellijay"
    Country "United States"
    Longitude -84.48215
    Internal 1
    Latitude 34.69481
  ]
  node [
    id 77
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 78
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 79
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 80
    label "Hilton Head"
    Country "United States"
    Longitude -80.75261
    Internal 1
    Latitude 32.21632
  ]
  node [
    id 81
    label "Beaufort"
    Country "United States"
    Longitude -80.66983
    Internal 1
    Latitude 32.43158
  ]
  node [
    id 82
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 83
    label "Sparta"
    Country "United States"
    Longitude -81.12092
    Internal 1
    Latitude 36.50541
  ]
  node [
    id 84
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 85
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 86
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 87
    label "Maitland"
    Country "United States"
    Longitude -81.36312
    Internal 1
    Latitude 28.62778
  ]
  node [
    id 88
    label "Hiawassee"
    Country "United States"
    Longitude -83.75739
    Internal 1
    Latitude 34.94926
  ]
  node [
    id 89
    label "Franklin"
    Country "United States"
    Longitude -83.38154
    Internal 1
    Latitude 35.18232
  ]
  node [
    id 90
    label "Easley"
    Country "United States"
    Longitude -82.60152
    Internal 1
    geocode_id "4577263"
    Latitude 34.82984
  ]
  node [
    id 91
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
  ]
  node [
    id 92
    label "Blueridge"
    Country "United States"
    Longitude -84.32409
    Internal 1
    Latitude 34.86397
  ]
  node [
    id 93
    label "Blairsville"
    Country "United States"
    Longitude -83.95824
    Internal 1
    Latitude 34.8762
  ]
  node [
    id 94
    label "Young Harris"
    Country "United States"
    Longitude -83.84712
    Internal 1
    Latitude 34.93315
  ]
  node [
    id 95
    label "Hayesville"
    Country "United States"
    Longitude -83.81795
    Internal 1
    Latitude 35.0462
  ]
  node [
    id 96
    label "Leesburg"
    Country "United States"
    Longitude -77.5636
    Internal 1
    Latitude 39.11566
  ]
  node [
    id 97
    label "Clemson"
    Country "United States"
    Longitude -82.83737
    Internal 1
    Latitude 34.68344
  ]
  node [
    id 98
    label "Toccoa"
    Country "United States"
    Longitude -83.33239
    Internal 1
    Latitude 34.57732
  ]
  node [
    id 99
    label "Stephens City"
    Country "United States"
    Longitude -78.21806
    Internal 1
    Latitude 39.08344
  ]
  node [
    id 100
    label "Lancaster"
    Country "United States"
    Longitude -80.7709
    Internal 1
    Latitude 34.72043
  ]
  node [
    id 101
    label "Kershaw"
    Country "United States"
    Longitude -80.58368
    Internal 1
    Latitude 34.55182
  ]
  node [
    id 102
    label "Charleston"
    Country "United States"
    Longitude -79.93092
    Internal 1
    Latitude 32.77657
  ]
  node [
    id 103
    label "Yemassee"
    Country "United States"
    Longitude -80.85066
    Internal 1
    Latitude 32.69018
  ]
  node [
    id 104
    label "Georgetown"
    Country "United States"
    Longitude -79.2945
    Internal 1
    Latitude 33.37683
  ]
  node [
    id 105
    label "Monks Corner"
    Country "United States"
    Longitude -80.01314
    Internal 1
    Latitude 33.196
  ]
  node [
    id 106
    label "Florence"
    Country "United States"
    Longitude -79.76256
    Internal 1
    Latitude 34.19543
  ]
  node [
    id 107
    label "Myrtle Beach"
    Country "United States"
    Longitude -78.88669
    Internal 1
    Latitude 33.68906
  ]
  node [
    id 108
    label "Bethune"
    Country "United States"
    Longitude -80.34868
    Internal 1
    Latitude 34.41488
  ]
  node [
    id 109
    label "Sumter"
    Country "United States"
    Longitude -80.34147
    Internal 1
    Latitude 33.92044
  ]
  node [
    id 110
    label "Andrews"
    Country "United States"
    Longitude -83.82407
    Internal 1
    Latitude 35.20175
  ]
  node [
    id 111
    label "Murphy"
    Country "United States"
    Longitude -84.03463
    Internal 1
    Latitude 35.08758
  ]
  node [
    id 112
    label "Cherokee"
    Country "United States"
    Longitude -83.31487
    Internal 1
    Latitude 35.47427
  ]
  node [
    id 113
    label "Bryson City"
    Country "United States"
    Longitude -83.44738
    Internal 1
    Latitude 35.43093
  ]
  node [
    id 114
    label "Hickory"
    Country "United States"
    Longitude -81.3412
    Internal 1
    Latitude 35.73319
  ]
  node [
    id 115
    label "Sylva"
    Country "United States"
    Longitude -83.22598
    Internal 1
    Latitude 35.37371
  ]
  node [
    id 116
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
  ]
  node [
    id 117
    label "Spartanburg"
    Country "United States"
    Longitude -81.93205
    Internal 1
    Latitude 34.94957
  ]
  node [
    id 118
    label "Rock Hill"
    Country "United States"
    Longitude -81.02508
    Internal 1
    Latitude 34.92487
  ]
  node [
    id 119
    label "Chester"
    Country "United States"
    Longitude -81.21426
    Internal 1
    Latitude 34.70486
  ]
  node [
    id 120
    label "Winchester"
    Country "United States"
    Longitude -78.16333
    Internal 1
    Latitude 39.18566
  ]
  node [
    id 121
    label "Martinsburg"
    Country "United States"
    Longitude -77.96389
    Internal 1
    Latitude 39.45621
  ]
  node [
    id 122
    label "Charlottesville"
    Country "United States"
    Longitude -78.47668
    Internal 1
    Latitude 38.02931
  ]
  node [
    id 123
    label "Lexington"
    Country "United States"
    Longitude -79.44282
    Internal 1
    Latitude 37.78402
  ]
  node [
    id 124
    label "Lynchburg"
    Country "United States"
    Longitude -79.14225
    Internal 1
    Latitude 37.41375
  ]
  node [
    id 125
    label "Rocky Mount"
    Country "United States"
    Longitude -79.89198
    Internal 1
    Latitude 36.99764
  ]
  node [
    id 126
    label "Herndon"
    Country "United States"
    Longitude -77.3861
    Internal 1
    Latitude 38.96955
  ]
  node [
    id 127
    label "Harrisonburg"
    Country "United States"
    Longitude -78.86892
    Internal 1
    Latitude 38.44957
  ]
  node [
    id 128
    label "Staunton"
    Country "United States"
    Longitude -79.0717
    Internal 1
    Latitude 38.14958
  ]
  node [
    id 129
    label "Waynesboro"
    Country "United States"
    Longitude -78.88947
    Internal 1
    Latitude 38.06847
  ]
  node [
    id 130
    label "Martinsville"
    Country "United States"
    Longitude -79.87254
    Internal 1
    Latitude 36.69153
  ]
  node [
    id 131
    label "Danville"
    Country "United States"
    Longitude -79.39502
    Internal 1
    Latitude 36.58597
  ]
  node [
    id 132
    label "Hinesville"
    Country "United States"
    Longitude -81.59595
    Internal 1
    Latitude 31.84688
  ]
  node [
    id 133
    label "Savannah"
    Country "United States"
    Longitude -81.09983
    Internal 1
    Latitude 32.08354
  ]
  node [
    id 134
    label "Hawkinsville"
    Country "United States"
    Longitude -83.47212
    Internal 1
    Latitude 32.28377
  ]
  node [
    id 135
    label "Macon"
    Country "United States"
    Longitude -83.6324
    Internal 1
    Latitude 32.84069
  ]
  node [
    id 136
    label "Leslie"
    Country "United States"
    Longitude -84.08657
    Internal 1
    Latitude 31.95545
  ]
  node [
    id 137
    label "Warwick"
    Country "United States"
    Longitude -83.91879
    Internal 1
    Latitude 31.83101
  ]
  node [
    id 138
    label "Blitchton"
    Country "United States"
    Longitude -81.43789
    Internal 1
    Latitude 32.19715
  ]
  node [
    id 139
    label "Pembroke"
    Country "United States"
    Longitude -81.62206
    Internal 1
    Latitude 32.13603
  ]
  node [
    id 140
    label "Metter"
    Country "United States"
    Longitude -82.06012
    Internal 1
    Latitude 32.39712
  ]
  node [
    id 141
    label "Rentz"
    Country "United States"
    Longitude -82.99126
    Internal 1
    Latitude 32.3835
  ]
  node [
    id 142
    label "Ocala"
    Country "United States"
    Longitude -82.14009
    Internal 1
    Latitude 29.1872
  ]
  node [
    id 143
    label "Leesburg"
    Country "United States"
    Longitude -81.87786
    Internal 1
    Latitude 28.81082
  ]
  node [
    id 144
    label "Hagerstown"
    Country "United States"
    Longitude -77.71999
    Internal 1
    Latitude 39.64176
  ]
  node [
    id 145
    label "Chamersburg"
    Country "United States"
    Longitude -77.6611
    Internal 1
    Latitude 39.93759
  ]
  node [
    id 146
    label "Gettysburg"
    Country "United States"
    Longitude -77.2311
    Internal 1
    Latitude 39.83093
  ]
  node [
    id 147
    label "Carlisle"
    Country "United States"
    Longitude -77.18887
    Internal 1
    Latitude 40.20148
  ]
  node [
    id 148
    label "Ashland"
    Country "United States"
    Longitude -82.63794
    Internal 1
    Latitude 38.47841
  ]
  node [
    id 149
    label "Huntington"
    Country "United States"
    Longitude -82.44515
    Internal 1
    Latitude 38.41925
  ]
  node [
    id 150
    label "Montgomery"
    Country "United States"
    Longitude -86.29997
    Internal 1
    Latitude 32.36681
  ]
  node [
    id 151
    label "Birmingham"
    Country "United States"
    Longitude -86.80249
    Internal 1
    Latitude 33.52066
  ]
  node [
    id 152
    label "Columbus"
    Country "United States"
    Longitude -84.98771
    Internal 1
    Latitude 32.46098
  ]
  node [
    id 153
    label "Pensacola"
    Country "United States"
    Longitude -87.21691
    Internal 1
    Latitude 30.42131
  ]
  node [
    id 154
    label "Mobile"
    Country "United States"
    Longitude -88.04305
    Internal 1
    Latitude 30.69436
  ]
  node [
    id 155
    label "Panama City"
    Country "United States"
    Longitude -85.65983
    Internal 1
    Latitude 30.15946
  ]
  node [
    id 156
    label "Blountstown"
    Country "United States"
    Longitude -85.0452
    Internal 1
    Latitude 30.44353
  ]
  node [
    id 157
    label "Tallahassee"
    Country "United States"
    Longitude -84.28073
    Internal 1
    Latitude 30.43826
  ]
  edge [
    source 0
    target 85
    id "e54"
  ]
  edge [
    source 1
    target 85
    id "e56"
  ]
  edge [
    source 1
    target 103
    id "e55"
  ]
  edge [
    source 2
    target 3
    id "e42"
  ]
  edge [
    source 2
    target 132
    id "e41"
  ]
  edge [
    source 3
    target 4
    id "e43"
  ]
  edge [
    source 3
    target 5
    id "e44"
  ]
  edge [
    source 4
    target 48
    id "e27"
  ]
  edge [
    source 5
    target 6
    id "e45"
  ]
  edge [
    source 6
    target 157
    id "e13"
  ]
  edge [
    source 7
    target 8
    id "e48"
  ]
  edge [
    source 7
    target 9
    id "e49"
  ]
  edge [
    source 7
    target 119
    id "e47"
  ]
  edge [
    source 7
    target 109
    id "e50"
  ]
  edge [
    source 7
    target 85
    id "e46"
  ]
  edge [
    source 8
    target 9
    id "e51"
  ]
  edge [
    source 9
    target 21
    id "e52"
  ]
  edge [
    source 9
    target 86
    id "e53"
  ]
  edge [
    source 10
    target 18
    id "e172"
  ]
  edge [
    source 10
    target 11
    id "e173"
  ]
  edge [
    source 10
    target 13
    id "e171"
  ]
  edge [
    source 11
    target 16
    id "e175"
  ]
  edge [
    source 11
    target 18
    id "e174"
  ]
  edge [
    source 12
    target 13
    id "e170"
  ]
  edge [
    source 12
    target 30
    id "e168"
  ]
  edge [
    source 14
    target 17
    id "e177"
  ]
  edge [
    source 14
    target 15
    id "e178"
  ]
  edge [
    source 15
    target 18
    id "e179"
  ]
  edge [
    source 16
    target 17
    id "e176"
  ]
  edge [
    source 18
    target 67
    id "e181"
  ]
  edge [
    source 18
    target 19
    id "e180"
  ]
  edge [
    source 19
    target 107
    id "e63"
  ]
  edge [
    source 20
    target 21
    id "e113"
  ]
  edge [
    source 20
    target 77
    id "e97"
  ]
  edge [
    source 22
    target 28
    id "e117"
  ]
  edge [
    source 22
    target 29
    id "e116"
  ]
  edge [
    source 22
    target 23
    id "e115"
  ]
  edge [
    source 23
    target 29
    id "e114"
  ]
  edge [
    source 24
    target 26
    id "e111"
  ]
  edge [
    source 24
    target 27
    id "e112"
  ]
  edge [
    source 24
    target 119
    id "e74"
  ]
  edge [
    source 25
    target 97
    id "e108"
  ]
  edge [
    source 26
    target 97
    id "e109"
  ]
  edge [
    source 28
    target 52
    id "e118"
  ]
  edge [
    source 30
    target 131
    id "e155"
  ]
  edge [
    source 30
    target 84
    id "e169"
  ]
  edge [
    source 31
    target 34
    id "e165"
  ]
  edge [
    source 31
    target 84
    id "e167"
  ]
  edge [
    source 32
    target 33
    id "e162"
  ]
  edge [
    source 32
    target 35
    id "e164"
  ]
  edge [
    source 33
    target 34
    id "e163"
  ]
  edge [
    source 33
    target 36
    id "e158"
  ]
  edge [
    source 33
    target 39
    id "e160"
  ]
  edge [
    source 34
    target 84
    id "e166"
  ]
  edge [
    source 35
    target 116
    id "e76"
  ]
  edge [
    source 36
    target 37
    id "e156"
  ]
  edge [
    source 37
    target 83
    id "e157"
  ]
  edge [
    source 38
    target 83
    id "e161"
  ]
  edge [
    source 38
    target 39
    id "e159"
  ]
  edge [
    source 40
    target 43
    id "e19"
  ]
  edge [
    source 41
    target 44
    id "e20"
  ]
  edge [
    source 41
    target 46
    id "e21"
  ]
  edge [
    source 42
    target 43
    id "e18"
  ]
  edge [
    source 42
    target 87
    id "e17"
  ]
  edge [
    source 44
    target 45
    id "e26"
  ]
  edge [
    source 45
    target 46
    id "e22"
  ]
  edge [
    source 46
    target 137
    id "e23"
  ]
  edge [
    source 46
    target 47
    id "e24"
  ]
  edge [
    source 47
    target 48
    id "e25"
  ]
  edge [
    source 49
    target 157
    id "e14"
  ]
  edge [
    source 49
    target 135
    id "e28"
  ]
  edge [
    source 50
    target 57
    id "e128"
  ]
  edge [
    source 50
    target 51
    id "e130"
  ]
  edge [
    source 50
    target 124
    id "e131"
  ]
  edge [
    source 50
    target 125
    id "e132"
  ]
  edge [
    source 51
    target 149
    id "e133"
  ]
  edge [
    source 52
    target 53
    id "e121"
  ]
  edge [
    source 53
    target 58
    id "e123"
  ]
  edge [
    source 53
    target 83
    id "e122"
  ]
  edge [
    source 53
    target 54
    id "e120"
  ]
  edge [
    source 54
    target 55
    id "e119"
  ]
  edge [
    source 56
    target 57
    id "e126"
  ]
  edge [
    source 56
    target 59
    id "e125"
  ]
  edge [
    source 57
    target 128
    id "e127"
  ]
  edge [
    source 57
    target 123
    id "e129"
  ]
  edge [
    source 58
    target 59
    id "e124"
  ]
  edge [
    source 60
    target 153
    id "e7"
  ]
  edge [
    source 60
    target 155
    id "e9"
  ]
  edge [
    source 61
    target 155
    id "e10"
  ]
  edge [
    source 61
    target 150
    id "e3"
  ]
  edge [
    source 62
    target 78
    id "e186"
  ]
  edge [
    source 62
    target 79
    id "e184"
  ]
  edge [
    source 63
    target 64
    id "e187"
  ]
  edge [
    source 63
    target 79
    id "e185"
  ]
  edge [
    source 64
    target 65
    id "e188"
  ]
  edge [
    source 65
    target 126
    id "e144"
  ]
  edge [
    source 66
    target 114
    id "e79"
  ]
  edge [
    source 66
    target 91
    id "e106"
  ]
  edge [
    source 67
    target 106
    id "e65"
  ]
  edge [
    source 68
    target 76
    id "e96"
  ]
  edge [
    source 68
    target 77
    id "e95"
  ]
  edge [
    source 69
    target 77
    id "e94"
  ]
  edge [
    source 69
    target 70
    id "e93"
  ]
  edge [
    source 70
    target 71
    id "e92"
  ]
  edge [
    source 72
    target 73
    id "e90"
  ]
  edge [
    source 72
    target 74
    id "e89"
  ]
  edge [
    source 72
    target 76
    id "e91"
  ]
  edge [
    source 73
    target 74
    id "e88"
  ]
  edge [
    source 75
    target 92
    id "e87"
  ]
  edge [
    source 75
    target 111
    id "e86"
  ]
  edge [
    source 76
    target 92
    id "e98"
  ]
  edge [
    source 77
    target 135
    id "e32"
  ]
  edge [
    source 77
    target 151
    id "e4"
  ]
  edge [
    source 77
    target 152
    id "e5"
  ]
  edge [
    source 78
    target 120
    id "e141"
  ]
  edge [
    source 78
    target 127
    id "e147"
  ]
  edge [
    source 79
    target 99
    id "e142"
  ]
  edge [
    source 80
    target 81
    id "e182"
  ]
  edge [
    source 80
    target 86
    id "e183"
  ]
  edge [
    source 81
    target 103
    id "e58"
  ]
  edge [
    source 82
    target 104
    id "e62"
  ]
  edge [
    source 82
    target 105
    id "e60"
  ]
  edge [
    source 82
    target 109
    id "e68"
  ]
  edge [
    source 86
    target 133
    id "e39"
  ]
  edge [
    source 87
    target 143
    id "e16"
  ]
  edge [
    source 88
    target 89
    id "e103"
  ]
  edge [
    source 88
    target 94
    id "e102"
  ]
  edge [
    source 89
    target 115
    id "e81"
  ]
  edge [
    source 90
    target 98
    id "e105"
  ]
  edge [
    source 90
    target 91
    id "e104"
  ]
  edge [
    source 91
    target 97
    id "e107"
  ]
  edge [
    source 91
    target 117
    id "e77"
  ]
  edge [
    source 92
    target 93
    id "e99"
  ]
  edge [
    source 93
    target 94
    id "e100"
  ]
  edge [
    source 94
    target 95
    id "e101"
  ]
  edge [
    source 95
    target 110
    id "e85"
  ]
  edge [
    source 96
    target 120
    id "e140"
  ]
  edge [
    source 96
    target 126
    id "e143"
  ]
  edge [
    source 97
    target 98
    id "e110"
  ]
  edge [
    source 99
    target 121
    id "e139"
  ]
  edge [
    source 100
    target 101
    id "e70"
  ]
  edge [
    source 100
    target 118
    id "e71"
  ]
  edge [
    source 101
    target 108
    id "e69"
  ]
  edge [
    source 102
    target 105
    id "e59"
  ]
  edge [
    source 102
    target 103
    id "e57"
  ]
  edge [
    source 103
    target 133
    id "e38"
  ]
  edge [
    source 104
    target 107
    id "e61"
  ]
  edge [
    source 106
    target 107
    id "e64"
  ]
  edge [
    source 106
    target 108
    id "e67"
  ]
  edge [
    source 106
    target 109
    id "e66"
  ]
  edge [
    source 110
    target 113
    id "e83"
  ]
  edge [
    source 110
    target 111
    id "e84"
  ]
  edge [
    source 112
    target 113
    id "e82"
  ]
  edge [
    source 112
    target 115
    id "e80"
  ]
  edge [
    source 114
    target 117
    id "e78"
  ]
  edge [
    source 116
    target 117
    id "e75"
  ]
  edge [
    source 116
    target 118
    id "e73"
  ]
  edge [
    source 118
    target 119
    id "e72"
  ]
  edge [
    source 121
    target 144
    id "e138"
  ]
  edge [
    source 122
    target 129
    id "e149"
  ]
  edge [
    source 122
    target 124
    id "e151"
  ]
  edge [
    source 123
    target 129
    id "e150"
  ]
  edge [
    source 124
    target 131
    id "e152"
  ]
  edge [
    source 125
    target 130
    id "e153"
  ]
  edge [
    source 127
    target 128
    id "e145"
  ]
  edge [
    source 127
    target 129
    id "e146"
  ]
  edge [
    source 128
    target 129
    id "e148"
  ]
  edge [
    source 130
    target 131
    id "e154"
  ]
  edge [
    source 132
    target 133
    id "e40"
  ]
  edge [
    source 133
    target 138
    id "e37"
  ]
  edge [
    source 134
    target 136
    id "e31"
  ]
  edge [
    source 134
    target 137
    id "e29"
  ]
  edge [
    source 134
    target 141
    id "e33"
  ]
  edge [
    source 135
    target 136
    id "e30"
  ]
  edge [
    source 138
    target 139
    id "e36"
  ]
  edge [
    source 139
    target 140
    id "e35"
  ]
  edge [
    source 140
    target 141
    id "e34"
  ]
  edge [
    source 142
    target 157
    id "e12"
  ]
  edge [
    source 142
    target 143
    id "e15"
  ]
  edge [
    source 144
    target 145
    id "e137"
  ]
  edge [
    source 145
    target 146
    id "e136"
  ]
  edge [
    source 146
    target 147
    id "e135"
  ]
  edge [
    source 148
    target 149
    id "e134"
  ]
  edge [
    source 150
    target 152
    id "e1"
  ]
  edge [
    source 150
    target 154
    id "e2"
  ]
  edge [
    source 150
    target 151
    id "e0"
  ]
  edge [
    source 153
    target 154
    id "e6"
  ]
  edge [
    source 155
    target 156
    id "e8"
  ]
  edge [
    source 156
    target 157
    id "e11"
  ]
]
