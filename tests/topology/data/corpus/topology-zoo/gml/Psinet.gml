graph [
  DateObtained "14/01/11"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "PsiNet"
  Provenance "Secondary"
  Note "Bankrupt then bought out by Cogent"
  Source "http://www.nthelp.com/images/psinet.jpg"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Psinet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "14/01/11"
  Access 1
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Detroit"
    Country "United States"
    Longitude -83.04575
    Internal 1
    Latitude 42.33143
  ]
  node [
    id 1
    label "Dublin"
    Country "United States"
    Longitude -82.90375
    Internal 1
    Latitude 32.54044
  ]
  node [
    id 2
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 3
    label "Toledo"
    Country "United States"
    Longitude -83.55521
    Internal 1
    Latitude 41.66394
  ]
  node [
    id 4
    label "Washington, DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 5
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
  ]
  node [
    id 6
    label "Herndon"
    Country "United States"
    Longitude -77.3861
    Internal 1
    Latitude 38.96955
  ]
  node [
    id 7
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 8
    label "Wilmington"
    Country "United States"
    Longitude -77.94471
    Internal 1
    Latitude 34.22573
  ]
  node [
    id 9
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
  ]
  node [
    id 10
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 11
    label "Troy"
    Country "United States"
    Longitude -83.14993
    Internal 1
    Latitude 42.60559
  ]
  node [
    id 12
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 13
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
  ]
  node [
    id 14
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 15
    label "St Louis"
    Country "United States"
    Longitude -90.19789
    Internal 1
    Latitude 38.62727
  ]
  node [
    id 16
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  node [
    id 17
    label "Santa Clara"
    Country "United States"
    Longitude -121.95524
    Internal 1
    Latitude 37.35411
  ]
  node [
    id 18
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 19
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 20
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 21
    label "Fort Worth"
    Country "United States"
    Longitude -97.32085
    Internal 1
    Latitude 32.72541
  ]
  node [
    id 22
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 23
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  edge [
    source 0
    target 3
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 1
    target 2
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 1
    target 3
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 1
    target 4
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 2
    target 3
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 2
    target 15
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 4
    target 5
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 5
    target 8
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 6
    target 12
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 6
    target 7
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 7
    target 23
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 8
    target 9
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 9
    target 13
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 10
    target 12
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 11
    target 12
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 12
    target 13
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 14
    target 19
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 14
    target 22
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 14
    target 15
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 16
    target 17
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 16
    target 18
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 18
    target 19
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 20
    target 23
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 21
    target 22
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 22
    target 23
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
]
