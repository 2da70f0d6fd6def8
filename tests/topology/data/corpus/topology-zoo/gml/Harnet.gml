graph [
  DateObtained "21/10/10"
  GeoLocation "Hong Kong"
  GeoExtent "Country"
  Network "HARNET"
  Provenance "Primary"
  Access 0
  Source "http://www.hku.hk/jucc/harnet.html"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Harnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "ASGCNET"
    Internal 0
  ]
  node [
    id 1
    label "KREPNET2"
    Internal 0
  ]
  node [
    id 2
    label "HKIX"
    Internal 1
    type "IX"
  ]
  node [
    id 3
    label "APAN-JP"
    Internal 0
  ]
  node [
    id 4
    label "International"
    Internal 0
  ]
  node [
    id 5
    label "CERNET"
    Internal 0
  ]
  node [
    id 6
    label "ASNET"
    Internal 0
  ]
  node [
    id 7
    label "GOOGLE"
    Internal 0
  ]
  node [
    id 8
    label "TEIN3"
    Internal 0
  ]
  node [
    id 9
    label "Vocational Training Council"
    Internal 0
  ]
  node [
    id 10
    label "HKEAA"
    Internal 0
  ]
  node [
    id 11
    label "Open Uni"
    Internal 0
  ]
  node [
    id 12
    label "Technology Park"
    Internal 0
  ]
  node [
    id 13
    label "LU"
    Internal 1
  ]
  node [
    id 14
    label "HKIEd"
    Internal 1
  ]
  node [
    id 15
    label "HKU"
    Internal 1
  ]
  node [
    id 16
    label "HKUST"
    Internal 1
  ]
  node [
    id 17
    label "PolyU"
    Internal 1
  ]
  node [
    id 18
    label "CUHK"
    Internal 1
  ]
  node [
    id 19
    label "CityU"
    Internal 1
  ]
  node [
    id 20
    label "HKBU"
    Internal 1
  ]
  edge [
    source 0
    target 2
    id "e21"
  ]
  edge [
    source 1
    target 2
    id "e22"
  ]
  edge [
    source 2
    target 3
    id "e20"
  ]
  edge [
    source 2
    target 6
    id "e23"
  ]
  edge [
    source 2
    target 7
    id "e24"
  ]
  edge [
    source 2
    target 15
    LinkSpeed "2"
    LinkLabel "2Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 4
    target 14
    LinkSpeed "1.5"
    LinkLabel "1.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1500000000.0
  ]
  edge [
    source 5
    target 16
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 18
    LinkSpeed "70"
    LinkLabel "70Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 70000000.0
  ]
  edge [
    source 9
    target 18
    id "e17"
  ]
  edge [
    source 10
    target 13
    id "e0"
  ]
  edge [
    source 11
    target 15
    id "e5"
  ]
  edge [
    source 12
    target 18
    id "e18"
  ]
  edge [
    source 13
    target 14
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 13
    target 15
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 14
    target 16
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 15
    target 16
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 15
    target 17
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 15
    target 17
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 16
    target 18
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 16
    target 18
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 17
    target 18
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 17
    target 19
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 18
    target 20
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 19
    target 20
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
]
