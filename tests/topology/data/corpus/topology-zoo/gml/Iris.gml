graph [
  DateObtained "26/10/10"
  GeoLocation "Tennessee, USA"
  GeoExtent "Region"
  Network "IRIS Networks "
  Provenance "Primary"
  Access 0
  Source "http://www.iristransport.com/network.php"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Iris"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
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
    label "Gainesboro"
    Country "United States"
    Longitude -85.65887
    Internal 1
    Latitude 36.35561
    type "Node"
  ]
  node [
    id 1
    label "Wartburg"
    Country "United States"
    Longitude -84.59716
    Internal 1
    Latitude 36.1048
    type "Node"
  ]
  node [
    id 2
    label "Scottsville"
    Country "United States"
    Longitude -86.19054
    Internal 1
    Latitude 36.75338
    type "Node"
  ]
  node [
    id 3
    label "Lafayette"
    Country "United States"
    Longitude -86.02637
    Internal 1
    Latitude 36.52116
    type "Node"
  ]
  node [
    id 4
    label "Greenville"
    Country "United States"
    Longitude -82.83099
    Internal 1
    Latitude 36.16316
    type "Node"
  ]
  node [
    id 5
    label "Johnson City"
    Country "United States"
    Longitude -82.35347
    Internal 1
    Latitude 36.31344
    type "Large Node"
  ]
  node [
    id 6
    label "Knoxville"
    Country "United States"
    Longitude -83.92074
    Internal 1
    Latitude 35.96064
    type "Large Node"
  ]
  node [
    id 7
    label "Morristown"
    Country "United States"
    Longitude -83.29489
    Internal 1
    Latitude 36.21398
    type "Node"
  ]
  node [
    id 8
    label "Scott County"
    Country "United States"
    Longitude -82.58099
    Internal 1
    Latitude 36.63788
    type "Node"
  ]
  node [
    id 9
    label "Crossville"
    Country "United States"
    Longitude -85.0269
    Internal 1
    Latitude 35.94896
    type "Node"
  ]
  node [
    id 10
    label "Memphis"
    Country "United States"
    Longitude -90.04898
    Internal 1
    Latitude 35.14953
    type "Large Node"
  ]
  node [
    id 11
    label "Rainsville"
    Country "United States"
    Longitude -85.84775
    Internal 1
    Latitude 34.49425
    type "Node"
  ]
  node [
    id 12
    label "Scottsboro"
    Country "United States"
    Longitude -86.03415
    Internal 1
    Latitude 34.67231
    type "Node"
  ]
  node [
    id 13
    label "Chapel Hill"
    Country "United States"
    Longitude -86.69333
    Internal 1
    Latitude 35.62646
    type "Node"
  ]
  node [
    id 14
    label "Chattanooga"
    Country "United States"
    Longitude -85.30968
    Internal 1
    Latitude 35.04563
    type "Large Node"
  ]
  node [
    id 15
    label "Dunlap"
    Country "United States"
    Longitude -85.39052
    Internal 1
    Latitude 35.37146
    type "Node"
  ]
  node [
    id 16
    label "Spencer"
    Country "United States"
    Longitude -85.46664
    Internal 1
    Latitude 35.74729
    type "Node"
  ]
  node [
    id 17
    label "McMinnville"
    Country "United States"
    Longitude -85.76998
    Internal 1
    Latitude 35.6834
    type "Node"
  ]
  node [
    id 18
    label "Ringgold"
    Country "United States"
    Longitude -85.10912
    Internal 1
    Latitude 34.91591
    type "Node"
  ]
  node [
    id 19
    label "Chickamauga"
    Country "United States"
    Longitude -85.29079
    Internal 1
    Latitude 34.87119
    type "Node"
  ]
  node [
    id 20
    label "Trenton"
    Country "United States"
    Longitude -85.50913
    Internal 1
    Latitude 34.87202
    type "Node"
  ]
  node [
    id 21
    label "Brownsville"
    Country "United States"
    Longitude -89.26229
    Internal 1
    Latitude 35.59397
    type "Node"
  ]
  node [
    id 22
    label "Millington"
    Country "United States"
    Longitude -89.89731
    Internal 1
    Latitude 35.34147
    type "Node"
  ]
  node [
    id 23
    label "Huntsville"
    Country "United States"
    Longitude -86.5861
    Internal 1
    Latitude 34.73037
    type "Large Node"
  ]
  node [
    id 24
    label "New Hope"
    Country "United States"
    Longitude -86.39443
    Internal 1
    Latitude 34.53703
    type "Node"
  ]
  node [
    id 25
    label "Pulaski"
    Country "United States"
    Longitude -87.03084
    Internal 1
    Latitude 35.1998
    type "Node"
  ]
  node [
    id 26
    label "Ardmore"
    Country "United States"
    Longitude -86.84667
    Internal 1
    Latitude 34.99203
    type "Node"
  ]
  node [
    id 27
    label "Waynesboro"
    Country "United States"
    Longitude -87.76225
    Internal 1
    Latitude 35.31952
    type "Node"
  ]
  node [
    id 28
    label "Loretto"
    Country "United States"
    Longitude -87.43974
    Internal 1
    Latitude 35.07786
    type "Node"
  ]
  node [
    id 29
    label "Jackson"
    Country "United States"
    Longitude -88.81395
    Internal 1
    Latitude 35.61452
    type "Large Node"
  ]
  node [
    id 30
    label "Henderson"
    Country "United States"
    Longitude -88.64144
    Internal 1
    Latitude 35.43924
    type "Node"
  ]
  node [
    id 31
    label "Columbia"
    Country "United States"
    Longitude -87.03528
    Internal 1
    Latitude 35.61507
    type "Node"
  ]
  node [
    id 32
    label "Yuma"
    Country "United States"
    Longitude -88.33671
    Internal 1
    Latitude 35.84756
    type "Node"
  ]
  node [
    id 33
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
    type "Large Node"
  ]
  node [
    id 34
    label "Smyrna"
    Country "United States"
    Longitude -86.5186
    Internal 1
    Latitude 35.98284
    type "Node"
  ]
  node [
    id 35
    label "Mt Juliet"
    Country "United States"
    Longitude -86.51861
    Internal 1
    Latitude 36.20006
    type "Node"
  ]
  node [
    id 36
    label "Smithville"
    Country "United States"
    Longitude -85.81415
    Internal 1
    Latitude 35.96062
    type "Node"
  ]
  node [
    id 37
    label "Trenton"
    Country "United States"
    Longitude -88.94145
    Internal 1
    Latitude 35.98062
    type "Node"
  ]
  node [
    id 38
    label "Bruceton"
    Country "United States"
    Longitude -88.24449
    Internal 1
    Latitude 36.03812
    type "Node"
  ]
  node [
    id 39
    label "Camden"
    Country "United States"
    Longitude -88.09782
    Internal 1
    Latitude 36.05895
    type "Node"
  ]
  node [
    id 40
    label "New Johnsonville"
    Country "United States"
    Longitude -87.96698
    Internal 1
    Latitude 36.02117
    type "Node"
  ]
  node [
    id 41
    label "Bowling Green"
    Country "United States"
    Longitude -86.4436
    Internal 1
    Latitude 36.99032
    type "Node"
  ]
  node [
    id 42
    label "Glasgow"
    Country "United States"
    Longitude -85.91192
    Internal 1
    Latitude 36.99588
    type "Node"
  ]
  node [
    id 43
    label "Paducah"
    Country "United States"
    Longitude -88.60005
    Internal 1
    Latitude 37.08339
    type "Large Node"
  ]
  node [
    id 44
    label "Mayfield"
    Country "United States"
    Longitude -88.63672
    Internal 1
    Latitude 36.74172
    type "Node"
  ]
  node [
    id 45
    label "Union City"
    Country "United States"
    Longitude -89.05701
    Internal 1
    Latitude 36.42423
    type "Node"
  ]
  node [
    id 46
    label "Martin"
    Country "United States"
    Longitude -88.85034
    Internal 1
    Latitude 36.3434
    type "Node"
  ]
  node [
    id 47
    label "McKenzie"
    Country "United States"
    Longitude -88.51866
    Internal 1
    Latitude 36.13256
    type "Node"
  ]
  node [
    id 48
    label "Paris"
    Country "United States"
    Longitude -88.32671
    Internal 1
    Latitude 36.302
    type "Node"
  ]
  node [
    id 49
    label "Murray"
    Country "United States"
    Longitude -88.31476
    Internal 1
    Latitude 36.61033
    type "Node"
  ]
  node [
    id 50
    label "Franklin"
    geocode_append " Simpson County KY"
    Country "United States"
    Longitude -86.57722
    Internal 1
    Latitude 36.72226
    type "Node"
  ]
  edge [
    source 0
    target 1
    LinkLabel "Iris Network"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Iris Network"
  ]
  edge [
    source 0
    target 36
    LinkLabel "Iris Network"
  ]
  edge [
    source 0
    target 33
    LinkLabel "Iris Network"
  ]
  edge [
    source 0
    target 9
    LinkLabel "Iris Network"
  ]
  edge [
    source 0
    target 35
    LinkLabel "Iris Network"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Iris Network"
  ]
  edge [
    source 2
    target 41
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 2
    target 42
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 2
    target 3
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 2
    target 50
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 4
    target 5
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 4
    target 7
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Iris Network"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Iris Network"
  ]
  edge [
    source 6
    target 14
    LinkLabel "Iris Network"
  ]
  edge [
    source 6
    target 7
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 9
    target 17
    LinkLabel "Iris Network"
  ]
  edge [
    source 10
    target 29
    LinkLabel "Iris Network"
  ]
  edge [
    source 10
    target 22
    LinkLabel "Iris Network"
  ]
  edge [
    source 11
    target 12
    LinkLabel "Iris Network"
  ]
  edge [
    source 11
    target 20
    LinkLabel "Iris Network"
  ]
  edge [
    source 12
    target 24
    LinkLabel "Iris Network"
  ]
  edge [
    source 13
    target 16
    LinkLabel "Iris Network"
  ]
  edge [
    source 13
    target 33
    LinkLabel "Iris Network"
  ]
  edge [
    source 13
    target 34
    LinkLabel "Iris Network"
  ]
  edge [
    source 13
    target 26
    LinkLabel "Iris Network"
  ]
  edge [
    source 14
    target 18
    LinkLabel "Iris Network"
  ]
  edge [
    source 14
    target 23
    LinkLabel "Iris Network"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Iris Network"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Iris Network"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Iris Network"
  ]
  edge [
    source 16
    target 36
    LinkLabel "Iris Network"
  ]
  edge [
    source 18
    target 19
    LinkLabel "Iris Network"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Iris Network"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Iris Network"
  ]
  edge [
    source 23
    target 24
    LinkLabel "Iris Network"
  ]
  edge [
    source 23
    target 26
    LinkLabel "Iris Network"
  ]
  edge [
    source 23
    target 28
    LinkLabel "Iris Network"
  ]
  edge [
    source 23
    target 31
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 25
    target 26
    LinkLabel "Iris Network"
  ]
  edge [
    source 25
    target 28
    LinkLabel "Iris Network"
  ]
  edge [
    source 27
    target 28
    LinkLabel "Iris Network"
  ]
  edge [
    source 27
    target 30
    LinkLabel "Iris Network"
  ]
  edge [
    source 29
    target 32
    LinkLabel "Iris Network"
  ]
  edge [
    source 29
    target 37
    LinkLabel "Iris Network"
  ]
  edge [
    source 29
    target 30
    LinkLabel "Iris Network"
  ]
  edge [
    source 31
    target 33
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 32
    target 33
    LinkLabel "Iris Network"
  ]
  edge [
    source 32
    target 38
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 32
    target 47
    LinkLabel "Iris Network"
  ]
  edge [
    source 34
    target 35
    LinkLabel "Iris Network"
  ]
  edge [
    source 37
    target 45
    LinkLabel "Iris Network"
  ]
  edge [
    source 38
    target 39
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 39
    target 40
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 39
    target 48
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 41
    target 50
    LinkNote "Iris  Network"
    LinkLabel "Iris Future Network"
    LinkStatus "Future"
  ]
  edge [
    source 43
    target 49
    LinkLabel "Iris Network"
  ]
  edge [
    source 43
    target 44
    LinkLabel "Iris Network"
  ]
  edge [
    source 44
    target 45
    LinkLabel "Iris Network"
  ]
  edge [
    source 45
    target 46
    LinkLabel "Iris Network"
  ]
  edge [
    source 46
    target 47
    LinkLabel "Iris Network"
  ]
  edge [
    source 47
    target 48
    LinkLabel "Iris Network"
  ]
  edge [
    source 48
    target 49
    LinkLabel "Iris Network"
  ]
]
