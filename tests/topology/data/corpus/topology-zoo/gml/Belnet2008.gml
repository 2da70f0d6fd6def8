graph [
  DateObtained "12/03/11"
  GeoLocation "Belgium"
  GeoExtent "Country"
  Network "BELNET"
  Provenance "Primary"
  Access 0
  Source "http://www.belnet.be/sites/www.belnet.be/files/publications/BELNET_annual_report_2008_EN.pdf"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Belnet2008"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "12/03/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2008"
  DateYear "2008"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Liege 1 "
    Country "Belgium"
    Longitude 5.27734
    Internal 1
    Latitude 50.53474
    type "One of two small nodes in same city"
  ]
  node [
    id 1
    label "Brussels Campus"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Small Node"
  ]
  node [
    id 2
    label "Arlon"
    Country "Belgium"
    Longitude 5.81667
    Internal 1
    Latitude 49.68333
    type "Small Node"
  ]
  node [
    id 3
    label "Liege 2"
    Country "Belgium"
    Longitude 5.57178
    Internal 1
    Latitude 50.64119
    type "One of two small nodes in same city"
  ]
  node [
    id 4
    label "Leuven1"
    Country "Belgium"
    Longitude 4.70093
    Internal 1
    Latitude 50.87959
    type "One of two small nodes in same city"
  ]
  node [
    id 5
    label "Leuven2"
    Country "Belgium"
    Longitude 4.70093
    Internal 1
    Latitude 50.87959
    type "One of two small nodes in same city"
  ]
  node [
    id 6
    label "Evere"
    Country "Belgium"
    Longitude 4.4
    Internal 1
    Latitude 50.86667
    type "Large Node"
  ]
  node [
    id 7
    label "Vilvoorde"
    Country "Belgium"
    Longitude 4.40731
    Internal 1
    Latitude 50.91823
    type "Large Node"
  ]
  node [
    id 8
    label "Hasselt"
    Country "Belgium"
    Longitude 5.33333
    Internal 1
    Latitude 50.93333
    type "Small Node"
  ]
  node [
    id 9
    label "Geel"
    Country "Belgium"
    Longitude 5.0
    Internal 1
    Latitude 51.16667
    type "Small Node"
  ]
  node [
    id 10
    label "Louvain-la-Neuve"
    Country "Belgium"
    Longitude 4.61443
    Internal 1
    Latitude 50.66829
    type "Small Node"
  ]
  node [
    id 11
    label "Namur"
    Country "Belgium"
    Longitude 4.82577
    Internal 1
    Latitude 50.46992
    type "Small Node"
  ]
  node [
    id 12
    label "Brussels Science"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Small Node"
  ]
  node [
    id 13
    label "Brugge"
    Country "Belgium"
    Longitude 3.22424
    Internal 1
    Latitude 51.20892
    type "Small Node"
  ]
  node [
    id 14
    label "Gent1"
    Country "Belgium"
    Longitude 3.71667
    Internal 1
    Latitude 51.05
    type "One of two small nodes in same city"
  ]
  node [
    id 15
    label "Gent2"
    Country "Belgium"
    Longitude 3.71667
    Internal 1
    Latitude 51.05
    type "One of two small nodes in same city"
  ]
  node [
    id 16
    label "Antwerpen1"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
    type "One of two small nodes in same city"
  ]
  node [
    id 17
    label "Antwerpen 2"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
    type "One of two small nodes in same city"
  ]
  node [
    id 18
    label "Korthijk"
    Country "Belgium"
    Longitude 3.26487
    Internal 1
    Latitude 50.82803
    type "Small Node"
  ]
  node [
    id 19
    label "Mons"
    Country "Belgium"
    Longitude 3.95229
    Internal 1
    Latitude 50.45413
    type "Small Node"
  ]
  node [
    id 20
    label "Charleroi"
    Country "Belgium"
    Longitude 4.43333
    Internal 1
    Latitude 50.41667
    type "Small Node"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Green"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Green"
  ]
  edge [
    source 0
    target 6
    LinkLabel "Green"
  ]
  edge [
    source 1
    target 12
    LinkLabel "Red"
  ]
  edge [
    source 1
    target 7
    LinkLabel "Red"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Green"
  ]
  edge [
    source 2
    target 11
    LinkLabel "Green"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Orange"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Orange"
  ]
  edge [
    source 4
    target 6
    LinkLabel "Orange"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Orange"
  ]
  edge [
    source 6
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 6
    target 12
    LinkLabel "Red"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Green"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Red"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Orange"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Blue"
  ]
  edge [
    source 7
    target 18
    LinkLabel "Blue"
  ]
  edge [
    source 7
    target 19
    LinkLabel "Green"
  ]
  edge [
    source 7
    target 9
    LinkLabel "Orange"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Orange"
  ]
  edge [
    source 10
    target 11
    LinkLabel "Green"
  ]
  edge [
    source 10
    target 20
    LinkLabel "Green"
  ]
  edge [
    source 13
    target 18
    LinkLabel "Blue"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Blue"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Blue"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Blue"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Blue"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Green"
  ]
]
