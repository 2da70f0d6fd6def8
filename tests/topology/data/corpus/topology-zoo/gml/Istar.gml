graph [
  DateObtained "14/01/11"
  GeoLocation "Canada"
  GeoExtent "Country"
  Network "iSTAR"
  Provenance "Secondary"
  Note "http://www.itu.int/TELECOM/wt95/pressdocs/papers/cerf.html"
  Source "http://www.nthelp.com/images/istar.jpg"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Istar"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "14/01/11"
  Access 0
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
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
  ]
  node [
    id 1
    label "Quebec"
    Country "Canada"
    Longitude -71.21454
    Internal 1
    Latitude 46.81228
  ]
  node [
    id 2
    label "London"
    Country "Canada"
    Longitude -81.23304
    Internal 1
    Latitude 42.98339
  ]
  node [
    id 3
    label "internetMCI T3"
    Internal 0
  ]
  node [
    id 4
    label "Moncton"
    Country "Canada"
    Longitude -64.80186
    Internal 1
    Latitude 46.11594
  ]
  node [
    id 5
    label "Halifax"
    Country "Canada"
    Longitude -63.57333
    Internal 1
    Latitude 44.646
  ]
  node [
    id 6
    label "Sherbrooke"
    Country "Canada"
    Longitude -71.89908
    Internal 1
    Latitude 45.40008
  ]
  node [
    id 7
    label "Saint John"
    Country "Canada"
    Longitude -66.06766
    Internal 1
    Latitude 45.27271
  ]
  node [
    id 8
    label "Sydney"
    Country "Canada"
    Longitude -60.1831
    Internal 1
    Latitude 46.1351
  ]
  node [
    id 9
    label "Yarmouth"
    Country "Canada"
    Longitude -66.11557
    Internal 1
    Latitude 43.83345
  ]
  node [
    id 10
    label "ANS CO+RE T1"
    Internal 0
  ]
  node [
    id 11
    label "internetMCI T3"
    Internal 0
  ]
  node [
    id 12
    label "Victoria"
    Country "Canada"
    Longitude -123.3693
    Internal 1
    Latitude 48.43294
  ]
  node [
    id 13
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 14
    label "Hamilton"
    Country "Canada"
    Longitude -79.94964
    Internal 1
    Latitude 43.23341
  ]
  node [
    id 15
    label "Vancouver"
    Country "Canada"
    Longitude -123.11934
    Internal 1
    Latitude 49.24966
  ]
  node [
    id 16
    label "ANS CO+RE T1"
    Internal 0
  ]
  node [
    id 17
    label "Calgary"
    Country "Canada"
    Longitude -114.08529
    Internal 1
    Latitude 51.05011
  ]
  node [
    id 18
    label "Edmonton"
    Country "Canada"
    Longitude -113.46871
    Internal 1
    Latitude 53.55014
  ]
  node [
    id 19
    label "Lethbridge"
    Country "Canada"
    Longitude -112.81856
    Internal 1
    Latitude 49.69999
  ]
  node [
    id 20
    label "Winnipeg"
    Country "Canada"
    Longitude -97.14704
    Internal 1
    Latitude 49.8844
  ]
  node [
    id 21
    label "Ottawa"
    Country "Canada"
    Longitude -75.69812
    Internal 1
    Latitude 45.41117
  ]
  node [
    id 22
    label "Kitchener"
    Country "Canada"
    Longitude -80.48299
    Internal 1
    Latitude 43.4501
  ]
  edge [
    source 0
    target 1
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 0
    target 4
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 0
    target 13
    LinkType "T3"
    LinkLabel "internetMCI T3"
    LinkNote "internetMCI "
  ]
  edge [
    source 0
    target 6
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 0
    target 21
    LinkType "T3"
    LinkLabel "internetMCI T3"
    LinkNote "internetMCI "
  ]
  edge [
    source 2
    target 13
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 3
    target 13
    LinkType "T3"
    LinkLabel "internetMCI T3"
    LinkNote "internetMCI "
  ]
  edge [
    source 4
    target 5
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 4
    target 7
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 5
    target 8
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 5
    target 9
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 10
    target 13
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 11
    target 15
    LinkType "T3"
    LinkLabel "internetMCI T3"
    LinkNote "internetMCI "
  ]
  edge [
    source 12
    target 15
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 13
    target 14
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 13
    target 21
    LinkType "T3"
    LinkLabel "internetMCI T3"
    LinkNote "internetMCI "
  ]
  edge [
    source 13
    target 22
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 15
    target 16
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 15
    target 17
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 15
    target 21
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 17
    target 18
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 17
    target 19
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
  edge [
    source 20
    target 21
    LinkType "T1"
    LinkLabel "ANS CO+RE T1"
    LinkNote "ANS CO+RE "
  ]
]
