graph [
  GeoLocation "Australia"
  GeoExtent "Country"
  Network "Nextgen "
  Provenance "Primary"
  Access 0
  Source "http://www.nextgennetworks.com.au/network.htm"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Nextgen"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Dubbo"
    Country "Australia"
    Longitude 148.61667
    Internal 1
    Latitude -32.25
  ]
  node [
    id 1
    label "Moree"
    Country "Australia"
    Longitude 149.85
    Internal 1
    Latitude -29.46667
  ]
  node [
    id 2
    label "None"
    Internal 1
  ]
  node [
    id 3
    label "Parkes"
    Country "Australia"
    Longitude 148.18333
    Internal 1
    Latitude -33.13333
  ]
  node [
    id 4
    label "Albury"
    Country "Australia"
    Longitude 146.91667
    Internal 1
    Latitude -36.08333
  ]
  node [
    id 5
    label "Newcastle"
    Country "Australia"
    Longitude 151.77647
    Internal 1
    Latitude -32.92715
  ]
  node [
    id 6
    label "Coff's Harbour"
    Country "Australia"
    Longitude 153.13333
    Internal 1
    Latitude -30.3
  ]
  node [
    id 7
    label "Geelong"
    Country "Australia"
    Longitude 144.36069
    Internal 1
    Latitude -38.14711
  ]
  node [
    id 8
    label "Shepparton"
    Country "Australia"
    Longitude 145.4
    Internal 1
    Latitude -36.38333
  ]
  node [
    id 9
    label "Perth"
    Country "Australia"
    Longitude 115.83333
    Internal 1
    Latitude -31.93333
  ]
  node [
    id 10
    label "Adelaide"
    Country "Australia"
    Longitude 138.6
    Internal 1
    Latitude -34.93333
  ]
  node [
    id 11
    label "Melbourne"
    Country "Australia"
    Longitude 144.96332
    Internal 1
    Latitude -37.814
  ]
  node [
    id 12
    label "Sydney"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 13
    label "Canberra"
    Country "Australia"
    Longitude 149.12807
    Internal 1
    Latitude -35.28346
  ]
  node [
    id 14
    label "Brisbane"
    Country "Australia"
    Longitude 153.02809
    Internal 1
    Latitude -27.46794
  ]
  node [
    id 15
    label "Kalgoorlie"
    Country "Australia"
    Longitude 121.46667
    Internal 1
    Latitude -30.75
  ]
  node [
    id 16
    label "Port Augusta"
    Country "Australia"
    Longitude 137.76667
    Internal 1
    Latitude -32.5
  ]
  edge [
    source 0
    target 1
    id "e18"
  ]
  edge [
    source 0
    target 3
    id "e17"
  ]
  edge [
    source 1
    target 14
    id "e12"
  ]
  edge [
    source 2
    target 8
    id "e15"
  ]
  edge [
    source 2
    target 3
    id "e16"
  ]
  edge [
    source 2
    target 13
    id "e11"
  ]
  edge [
    source 4
    target 11
    id "e5"
  ]
  edge [
    source 4
    target 13
    id "e10"
  ]
  edge [
    source 5
    target 12
    id "e9"
  ]
  edge [
    source 5
    target 6
    id "e19"
  ]
  edge [
    source 6
    target 14
    id "e13"
  ]
  edge [
    source 7
    target 10
    id "e3"
  ]
  edge [
    source 7
    target 10
    id "e2"
  ]
  edge [
    source 7
    target 11
    id "e7"
  ]
  edge [
    source 8
    target 11
    id "e6"
  ]
  edge [
    source 9
    target 10
    id "e0"
  ]
  edge [
    source 9
    target 15
    id "e1"
  ]
  edge [
    source 10
    target 16
    id "e4"
  ]
  edge [
    source 12
    target 13
    id "e8"
  ]
  edge [
    source 15
    target 16
    id "e14"
  ]
]
