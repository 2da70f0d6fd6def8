graph [
  DateObtained "2/12/10"
  GeoLocation "Australia"
  GeoExtent "Country"
  Network "IINET "
  Provenance "Primary"
  Access 1
  Source "http://www.iinet.net.au/iinetwork/network-diagrams.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Iinet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "AKAMAI"
    Internal 0
  ]
  node [
    id 1
    label "Velocix"
    Internal 0
  ]
  node [
    id 2
    label "AARNET"
    Internal 0
  ]
  node [
    id 3
    label "WADE"
    Internal 0
  ]
  node [
    id 4
    label "Pipe"
    Internal 0
  ]
  node [
    id 5
    label "AARNET"
    Internal 0
  ]
  node [
    id 6
    label "Pipe"
    Internal 0
  ]
  node [
    id 7
    label "Transact"
    Internal 0
  ]
  node [
    id 8
    label "AKAMAI"
    Internal 0
  ]
  node [
    id 9
    label "PIPE"
    Internal 0
  ]
  node [
    id 10
    label "VOCUS"
    Internal 0
  ]
  node [
    id 11
    label "TELSTRA"
    Internal 0
  ]
  node [
    id 12
    label "REACH"
    Internal 0
  ]
  node [
    id 13
    label "AKAMAI"
    Internal 0
  ]
  node [
    id 14
    label "GOOGLE"
    Internal 0
  ]
  node [
    id 15
    label "PIPE"
    Internal 0
  ]
  node [
    id 16
    label "PIPE"
    Internal 0
  ]
  node [
    id 17
    label "Equinix"
    Internal 0
  ]
  node [
    id 18
    label "AARNET"
    Internal 0
  ]
  node [
    id 19
    label "AKAMAI"
    Internal 0
  ]
  node [
    id 20
    label "PIPE"
    Internal 0
  ]
  node [
    id 21
    label "Hobart"
    Country "Australia"
    Longitude 147.32941
    Internal 1
    Latitude -42.87936
  ]
  node [
    id 22
    label "Google"
    Internal 0
  ]
  node [
    id 23
    label "Darwin"
    Country "Australia"
    Longitude 130.84185
    Internal 1
    Latitude -12.46113
  ]
  node [
    id 24
    label "Adelaide"
    Country "Australia"
    Longitude 138.6
    Internal 1
    Latitude -34.93333
  ]
  node [
    id 25
    label "Perth"
    Country "Australia"
    Longitude 115.83333
    Internal 1
    Latitude -31.93333
  ]
  node [
    id 26
    label "Brisbane"
    Country "Australia"
    Longitude 153.02809
    Internal 1
    Latitude -27.46794
  ]
  node [
    id 27
    label "Sydney1"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 28
    label "Sydney2"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 29
    label "Canberra"
    Country "Australia"
    Longitude 149.12807
    Internal 1
    Latitude -35.28346
  ]
  node [
    id 30
    label "Melbourne"
    Country "Australia"
    Longitude 144.96332
    Internal 1
    Latitude -37.814
  ]
  edge [
    source 0
    target 25
    id "e10"
  ]
  edge [
    source 1
    target 25
    id "e11"
  ]
  edge [
    source 2
    target 25
    id "e8"
  ]
  edge [
    source 3
    target 25
    id "e9"
  ]
  edge [
    source 4
    target 29
    id "e29"
  ]
  edge [
    source 5
    target 29
    id "e30"
  ]
  edge [
    source 6
    target 24
    id "e3"
  ]
  edge [
    source 7
    target 29
    id "e31"
  ]
  edge [
    source 8
    target 30
    id "e32"
  ]
  edge [
    source 9
    target 30
    id "e33"
  ]
  edge [
    source 10
    target 28
    id "e28"
  ]
  edge [
    source 11
    target 27
    id "e19"
  ]
  edge [
    source 11
    target 28
    id "e27"
  ]
  edge [
    source 12
    target 28
    id "e26"
  ]
  edge [
    source 13
    target 28
    id "e25"
  ]
  edge [
    source 14
    target 28
    id "e24"
  ]
  edge [
    source 15
    target 28
    id "e23"
  ]
  edge [
    source 16
    target 21
    id "e34"
  ]
  edge [
    source 17
    target 27
    id "e18"
  ]
  edge [
    source 18
    target 27
    id "e17"
  ]
  edge [
    source 19
    target 26
    id "e13"
  ]
  edge [
    source 20
    target 26
    id "e12"
  ]
  edge [
    source 21
    target 28
    id "e22"
  ]
  edge [
    source 22
    target 25
    id "e7"
  ]
  edge [
    source 23
    target 24
    id "e0"
  ]
  edge [
    source 24
    target 25
    id "e1"
  ]
  edge [
    source 24
    target 27
    id "e2"
  ]
  edge [
    source 24
    target 29
    id "e4"
  ]
  edge [
    source 25
    target 27
    id "e5"
  ]
  edge [
    source 25
    target 28
    id "e6"
  ]
  edge [
    source 26
    target 27
    id "e14"
  ]
  edge [
    source 26
    target 28
    id "e15"
  ]
  edge [
    source 27
    target 30
    id "e16"
  ]
  edge [
    source 28
    target 29
    id "e20"
  ]
  edge [
    source 28
    target 30
    id "e21"
  ]
]
