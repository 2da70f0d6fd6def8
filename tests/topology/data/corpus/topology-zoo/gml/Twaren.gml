graph [
  DateObtained "18/10/10"
  GeoLocation "Taiwan"
  GeoExtent "Country"
  Network "TWAREN"
  Provenance "Primary"
  Access 0
  Source "http://www.twaren.net/english/AboutTwaren/PeeringNetworks/"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Twaren"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "3/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "CCU"
    Internal 1
  ]
  node [
    id 1
    label "NHLUE"
    Internal 1
  ]
  node [
    id 2
    label "TN"
    Internal 1
  ]
  node [
    id 3
    label "NCKU"
    Internal 1
  ]
  node [
    id 4
    label "TC"
    Internal 1
  ]
  node [
    id 5
    label "CHI"
    Internal 1
  ]
  node [
    id 6
    label "NDHU"
    Internal 1
  ]
  node [
    id 7
    label "NCNU"
    Internal 1
  ]
  node [
    id 8
    label "LA"
    Internal 1
  ]
  node [
    id 9
    label "NIU"
    Internal 1
  ]
  node [
    id 10
    label "NTTU"
    Internal 1
  ]
  node [
    id 11
    label "NSYSU"
    Internal 1
  ]
  node [
    id 12
    label "NCHU"
    Internal 1
  ]
  node [
    id 13
    label "HC"
    Internal 1
  ]
  node [
    id 14
    label "NCTU"
    Internal 1
  ]
  node [
    id 15
    label "NTHU"
    Internal 1
  ]
  node [
    id 16
    label "NCU"
    Internal 1
  ]
  node [
    id 17
    label "ASCC"
    Internal 1
  ]
  node [
    id 18
    label "NTU"
    Internal 1
  ]
  node [
    id 19
    label "TP"
    Internal 1
  ]
  edge [
    source 0
    target 2
    id "e17"
  ]
  edge [
    source 1
    target 19
    id "e9"
  ]
  edge [
    source 2
    target 3
    id "e16"
  ]
  edge [
    source 2
    target 4
    id "e18"
  ]
  edge [
    source 2
    target 10
    id "e14"
  ]
  edge [
    source 2
    target 11
    id "e15"
  ]
  edge [
    source 2
    target 13
    id "e5"
  ]
  edge [
    source 4
    target 19
    id "e11"
  ]
  edge [
    source 4
    target 12
    id "e0"
  ]
  edge [
    source 4
    target 7
    id "e19"
  ]
  edge [
    source 5
    target 19
    id "e12"
  ]
  edge [
    source 6
    target 19
    id "e10"
  ]
  edge [
    source 8
    target 13
    id "e6"
  ]
  edge [
    source 9
    target 19
    id "e13"
  ]
  edge [
    source 13
    target 14
    id "e1"
  ]
  edge [
    source 13
    target 15
    id "e2"
  ]
  edge [
    source 13
    target 16
    id "e3"
  ]
  edge [
    source 13
    target 19
    id "e4"
  ]
  edge [
    source 17
    target 19
    id "e7"
  ]
  edge [
    source 18
    target 19
    id "e8"
  ]
]
