graph [
  DateObtained "25/01/11"
  GeoLocation "United States"
  GeoExtent "Country"
  Network "ARPANET"
  Provenance "Secondary"
  Note "Burroughs location approximated to Cambridge, MA"
  Source "http://som.csudh.edu/cis/lpress/history/arpamaps/"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Arpanet19719"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "09"
  LastAccess "25/01/11"
  Access 0
  Layer "ARPA"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "1971_09"
  DateYear "1971"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "CASE"
    Country "United States"
    Longitude -81.59707
    Internal 1
    Latitude 41.5045
  ]
  node [
    id 1
    label "ILLINOIS"
    Country "United States"
    Longitude -89.64371
    Internal 1
    Latitude 39.80172
  ]
  node [
    id 2
    label "HARVARD"
    Country "United States"
    Longitude -71.11644
    Internal 1
    Latitude 42.37843
  ]
  node [
    id 3
    label "CARNEGIE"
    Country "United States"
    Longitude -79.94283
    Internal 1
    Latitude 40.44118
  ]
  node [
    id 4
    label "MITRE"
    Country "United States"
    Longitude -70.9342
    Internal 1
    Latitude 41.63622
    type "&quot;T&quot; Node"
  ]
  node [
    id 5
    label "AMES"
    Country "United States"
    Longitude -122.08385
    Internal 1
    Latitude 37.38605
    type "&quot;T&quot; Node"
  ]
  node [
    id 6
    label "BURROUGHS"
    Country "United States"
    Longitude -71.10561
    Internal 1
    Latitude 42.3751
  ]
  node [
    id 7
    label "BBN"
    Country "United States"
    Longitude -71.10561
    Internal 1
    Latitude 42.3751
    type "&quot;T&quot; Node"
  ]
  node [
    id 8
    label "MIT"
    Country "United States"
    Longitude -71.09172
    Internal 1
    Latitude 42.35954
  ]
  node [
    id 9
    label "BBN"
    Country "United States"
    Longitude -71.10561
    Internal 1
    Latitude 42.3751
  ]
  node [
    id 10
    label "SRI"
    Country "United States"
    Longitude -122.18219
    Internal 1
    Latitude 37.45383
  ]
  node [
    id 11
    label "UCSB"
    Country "United States"
    Longitude -119.69819
    Internal 1
    Latitude 34.42083
  ]
  node [
    id 12
    label "UCLA"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 13
    label "Stanford"
    Country "United States"
    Longitude -122.14302
    Internal 1
    Latitude 37.44188
  ]
  node [
    id 14
    label "RAND"
    Country "United States"
    Longitude -118.49119
    Internal 1
    Latitude 34.01945
  ]
  node [
    id 15
    label "SDC"
    Country "United States"
    Longitude -118.49119
    Internal 1
    Latitude 34.01945
  ]
  node [
    id 16
    label "UTAH"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 17
    label "Lincoln"
    Country "United States"
    Longitude -71.2245
    Internal 1
    Latitude 42.44732
  ]
  edge [
    source 0
    target 17
    id "e13"
  ]
  edge [
    source 0
    target 3
    id "e20"
  ]
  edge [
    source 1
    target 8
    id "e15"
  ]
  edge [
    source 1
    target 16
    id "e11"
  ]
  edge [
    source 2
    target 9
    id "e16"
  ]
  edge [
    source 2
    target 6
    id "e18"
  ]
  edge [
    source 3
    target 4
    id "e19"
  ]
  edge [
    source 4
    target 6
    id "e21"
  ]
  edge [
    source 5
    target 10
    id "e0"
  ]
  edge [
    source 5
    target 13
    id "e7"
  ]
  edge [
    source 7
    target 8
    id "e14"
  ]
  edge [
    source 7
    target 9
    id "e17"
  ]
  edge [
    source 8
    target 17
    id "e12"
  ]
  edge [
    source 9
    target 14
    id "e8"
  ]
  edge [
    source 10
    target 16
    id "e2"
  ]
  edge [
    source 10
    target 11
    id "e3"
  ]
  edge [
    source 10
    target 12
    id "e1"
  ]
  edge [
    source 11
    target 12
    id "e4"
  ]
  edge [
    source 12
    target 13
    id "e5"
  ]
  edge [
    source 12
    target 14
    id "e6"
  ]
  edge [
    source 14
    target 15
    id "e9"
  ]
  edge [
    source 15
    target 16
    id "e10"
  ]
]
