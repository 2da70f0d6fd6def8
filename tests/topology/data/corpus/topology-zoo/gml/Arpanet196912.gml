graph [
  DateObtained "25/01/11"
  GeoLocation "United States"
  GeoExtent "Country"
  Network "ARPANET"
  Provenance "Secondary"
  Access 0
  Source "http://som.csudh.edu/cis/lpress/history/arpamaps/"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Arpanet196912"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "12"
  LastAccess "25/01/11"
  Layer "ARPA"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "1969_12"
  DateYear "1969"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "SRI"
    Country "United States"
    Longitude -122.18219
    Internal 1
    Latitude 37.45383
  ]
  node [
    id 1
    label "USCB"
    Country "United States"
    Longitude -119.69819
    Internal 1
    Latitude 34.42083
  ]
  node [
    id 2
    label "UCLA"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 3
    label "UTAH"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  edge [
    source 0
    target 1
    id "e0"
  ]
  edge [
    source 0
    target 2
    id "e1"
  ]
  edge [
    source 0
    target 3
    id "e2"
  ]
  edge [
    source 1
    target 2
    id "e3"
  ]
]
