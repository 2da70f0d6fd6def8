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
  label "Arpanet19706"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "06"
  LastAccess "25/01/11"
  Layer "ARPA"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "1970_06"
  DateYear "1970"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "HARVARD"
    Country "United States"
    Longitude -71.11644
    Internal 1
    Latitude 42.37843
  ]
  node [
    id 1
    label "SRI"
    Country "United States"
    Longitude -122.18219
    Internal 1
    Latitude 37.45383
  ]
  node [
    id 2
    label "UCSB"
    Country "United States"
    Longitude -119.69819
    Internal 1
    Latitude 34.42083
  ]
  node [
    id 3
    label "UCLA"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 4
    label "RAND"
    Country "United States"
    Longitude -118.49119
    Internal 1
    Latitude 34.01945
  ]
  node [
    id 5
    label "SDC"
    Country "United States"
    Longitude -118.49119
    Internal 1
    Latitude 34.01945
  ]
  node [
    id 6
    label "UTAH"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 7
    label "MIT"
    Country "United States"
    Longitude -71.09172
    Internal 1
    Latitude 42.35954
  ]
  node [
    id 8
    label "BBN"
    Country "United States"
    Longitude -71.10561
    Internal 1
    Latitude 42.3751
  ]
  edge [
    source 0
    target 8
    id "e9"
  ]
  edge [
    source 1
    target 2
    id "e0"
  ]
  edge [
    source 1
    target 3
    id "e1"
  ]
  edge [
    source 2
    target 3
    id "e2"
  ]
  edge [
    source 3
    target 4
    id "e3"
  ]
  edge [
    source 4
    target 8
    id "e5"
  ]
  edge [
    source 4
    target 5
    id "e4"
  ]
  edge [
    source 5
    target 6
    id "e6"
  ]
  edge [
    source 6
    target 7
    id "e7"
  ]
  edge [
    source 7
    target 8
    id "e8"
  ]
]
