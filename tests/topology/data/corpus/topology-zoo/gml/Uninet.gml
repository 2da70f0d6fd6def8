graph [
  DateObtained "21/10/10"
  GeoLocation "Asia-Pacific"
  GeoExtent "Continent"
  Network "UniNet"
  Provenance "Primary"
  Note "Broken web links"
  Source "http://noc.uni.net.th/networktop.html"
  Version "1.0"
  DateType "Dynamic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Uninet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "?"
    Internal 1
  ]
  node [
    id 1
    label "NRT"
    Internal 1
  ]
  node [
    id 2
    label "SKA"
    Internal 1
  ]
  node [
    id 3
    label "CBI"
    Internal 1
  ]
  node [
    id 4
    label "BKK"
    Internal 1
  ]
  node [
    id 5
    label "CRI"
    Internal 1
  ]
  node [
    id 6
    label "CMI"
    Internal 1
  ]
  node [
    id 7
    label "PNK"
    Internal 1
  ]
  node [
    id 8
    label "SKN"
    Internal 1
  ]
  node [
    id 9
    label "UBI"
    Internal 1
  ]
  node [
    id 10
    label "KKN"
    Internal 1
  ]
  node [
    id 11
    label "NRM"
    Internal 1
  ]
  node [
    id 12
    label "NPM"
    Internal 1
  ]
  edge [
    source 0
    target 10
    id "e12"
  ]
  edge [
    source 1
    target 12
    id "e18"
  ]
  edge [
    source 1
    target 2
    id "e24"
  ]
  edge [
    source 1
    target 2
    id "e23"
  ]
  edge [
    source 1
    target 4
    id "e22"
  ]
  edge [
    source 2
    target 3
    id "e21"
  ]
  edge [
    source 3
    target 4
    id "e19"
  ]
  edge [
    source 3
    target 4
    id "e20"
  ]
  edge [
    source 4
    target 6
    id "e3"
  ]
  edge [
    source 4
    target 7
    id "e6"
  ]
  edge [
    source 4
    target 11
    id "e15"
  ]
  edge [
    source 4
    target 11
    id "e16"
  ]
  edge [
    source 4
    target 12
    id "e17"
  ]
  edge [
    source 5
    target 6
    id "e1"
  ]
  edge [
    source 5
    target 6
    id "e0"
  ]
  edge [
    source 5
    target 7
    id "e2"
  ]
  edge [
    source 6
    target 7
    id "e4"
  ]
  edge [
    source 7
    target 10
    id "e5"
  ]
  edge [
    source 8
    target 9
    id "e7"
  ]
  edge [
    source 8
    target 10
    id "e9"
  ]
  edge [
    source 8
    target 10
    id "e8"
  ]
  edge [
    source 9
    target 11
    id "e11"
  ]
  edge [
    source 9
    target 11
    id "e10"
  ]
  edge [
    source 10
    target 11
    id "e13"
  ]
  edge [
    source 10
    target 11
    id "e14"
  ]
]
