graph [
  DateObtained "19/10/10"
  GeoLocation "Asia-Pacific"
  GeoExtent "Continent"
  Network "AI3"
  Provenance "Primary"
  Access 0
  Source "http://www.ai3.net/topology/index.html"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Ai3"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 1
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "02"
  LastAccess "19/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2006_02"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "UNIBRAW"
    Internal 1
  ]
  node [
    id 1
    label "NAIST"
    Internal 1
  ]
  node [
    id 2
    label "KEIO"
    Internal 1
  ]
  node [
    id 3
    label "IOIT"
    Internal 1
  ]
  node [
    id 4
    label "ASTI"
    Internal 1
  ]
  node [
    id 5
    label "TU"
    Internal 1
  ]
  node [
    id 6
    label "AIT"
    Internal 1
  ]
  node [
    id 7
    label "ITB"
    Internal 1
  ]
  node [
    id 8
    label "TP"
    Internal 1
  ]
  node [
    id 9
    label "USM"
    Internal 1
  ]
  edge [
    source 0
    target 7
    id "e8"
  ]
  edge [
    source 1
    target 2
    id "e6"
  ]
  edge [
    source 2
    target 3
    id "e0"
  ]
  edge [
    source 2
    target 4
    id "e1"
  ]
  edge [
    source 2
    target 6
    id "e2"
  ]
  edge [
    source 2
    target 7
    id "e3"
  ]
  edge [
    source 2
    target 8
    id "e4"
  ]
  edge [
    source 2
    target 9
    id "e5"
  ]
  edge [
    source 5
    target 6
    id "e7"
  ]
]
