graph [
  DateObtained "20/07/11"
  GeoLocation "Montenegro"
  GeoExtent "Country"
  Network "MREN"
  Provenance "Secondary"
  Access 0
  Source "Page 18 of http://www.seeren.org//content/modules/downloads/SEEREN2-WP3-BG-005-D07bNetworkTopology-e-2007-03-20.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 0
  Commercial 0
  label "Mren"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "20/07/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2007"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bijelo Polje"
    Country "Montenegro"
    Longitude 19.74758
    Internal 1
    Latitude 43.03834
  ]
  node [
    id 1
    label "Niksic"
    Country "Montenegro"
    Longitude 18.94446
    Internal 1
    Latitude 42.7731
  ]
  node [
    id 2
    label "Podgorica"
    Country "Montenegro"
    Longitude 19.26361
    Internal 1
    Latitude 42.44111
  ]
  node [
    id 3
    label "Njegusi"
    Country "Montenegro"
    Longitude 18.82833
    Internal 1
    Latitude 42.43306
  ]
  node [
    id 4
    label "Kotor"
    Country "Montenegro"
    Longitude 18.76825
    Internal 1
    Latitude 42.42067
  ]
  node [
    id 5
    label "Herceg Novi"
    Country "Montenegro"
    Longitude 18.5375
    Internal 1
    Latitude 42.45306
  ]
  edge [
    source 0
    target 2
    id "e0"
  ]
  edge [
    source 1
    target 2
    id "e1"
  ]
  edge [
    source 2
    target 3
    id "e2"
  ]
  edge [
    source 2
    target 4
    id "e3"
  ]
  edge [
    source 2
    target 5
    id "e4"
  ]
]
