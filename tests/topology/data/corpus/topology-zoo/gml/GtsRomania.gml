graph [
  DateObtained "22/10/10"
  GeoLocation "Romania"
  GeoExtent "Country"
  Network "GTS Romania"
  Provenance "Primary"
  Access 0
  Source "http://www.gtsce.com/en/map/index.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "GtsRomania"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "22/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Craiova"
    Country "Romania"
    Longitude 23.8
    Internal 1
    Latitude 44.31667
    type "Small Node"
  ]
  node [
    id 1
    label "Plaiesti"
    Country "Romania"
    Longitude 26.01667
    Internal 1
    Latitude 44.95
    type "Small Node"
  ]
  node [
    id 2
    label "Brasov"
    Country "Romania"
    Longitude 25.60613
    Internal 1
    Latitude 45.64861
    type "Small Node"
  ]
  node [
    id 3
    label "Targoviste"
    Country "Romania"
    Longitude 25.45
    Internal 1
    Latitude 44.93333
    type "Small Node"
  ]
  node [
    id 4
    label "Constanta"
    Country "Romania"
    Longitude 28.65
    Internal 1
    Latitude 44.18333
    type "Small Node"
  ]
  node [
    id 5
    label "Bucarest"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
    type "Large Node"
  ]
  node [
    id 6
    label "Galati"
    Country "Romania"
    Longitude 28.05
    Internal 1
    Latitude 45.45
    type "Small Node"
  ]
  node [
    id 7
    label "Focsani"
    Country "Romania"
    Longitude 27.18333
    Internal 1
    Latitude 45.7
    type "Small Node"
  ]
  node [
    id 8
    label "Budapest"
    Internal 0
  ]
  node [
    id 9
    label "Budapest"
    Internal 0
  ]
  node [
    id 10
    label "Targu Mures"
    Country "Romania"
    Longitude 24.55747
    Internal 1
    Latitude 46.54245
    type "Small Node"
  ]
  node [
    id 11
    label "Timisoara"
    Country "Romania"
    Longitude 21.22722
    Internal 1
    Latitude 45.74944
    type "Small Node"
  ]
  node [
    id 12
    label "Sibiu"
    Country "Romania"
    Longitude 24.15
    Internal 1
    Latitude 45.8
    type "Small Node"
  ]
  node [
    id 13
    label "Iasi"
    Country "Romania"
    Longitude 27.6
    Internal 1
    Latitude 47.16667
    type "Small Node"
  ]
  node [
    id 14
    label "Piatra Neamt"
    Country "Romania"
    Longitude 26.33333
    Internal 1
    Latitude 46.91667
    type "Small Node"
  ]
  node [
    id 15
    label "Bacau"
    Country "Romania"
    Longitude 26.9
    Internal 1
    Latitude 46.56667
    type "Small Node"
  ]
  node [
    id 16
    label "Deva"
    Country "Romania"
    Longitude 22.9
    Internal 1
    Latitude 45.88333
    type "Small Node"
  ]
  node [
    id 17
    label "Cluj"
    Country "Romania"
    Longitude 23.6
    Internal 1
    Latitude 46.76667
    type "Small Node"
  ]
  node [
    id 18
    label "Oradea"
    Country "Romania"
    Longitude 21.93333
    Internal 1
    Latitude 47.06667
    type "Small Node"
  ]
  node [
    id 19
    label "Bors"
    Country "Romania"
    Longitude 21.81667
    Internal 1
    Latitude 47.11667
    type "Small Node"
  ]
  node [
    id 20
    label "Arad"
    Country "Romania"
    Longitude 21.31667
    Internal 1
    Latitude 46.18333
    type "Small Node"
  ]
  edge [
    source 0
    target 11
    id "e15"
  ]
  edge [
    source 0
    target 5
    id "e19"
  ]
  edge [
    source 1
    target 5
    id "e20"
  ]
  edge [
    source 2
    target 17
    id "e6"
  ]
  edge [
    source 2
    target 5
    id "e17"
  ]
  edge [
    source 3
    target 5
    id "e18"
  ]
  edge [
    source 4
    target 5
    id "e23"
  ]
  edge [
    source 5
    target 6
    id "e21"
  ]
  edge [
    source 5
    target 7
    id "e22"
  ]
  edge [
    source 5
    target 10
    id "e5"
  ]
  edge [
    source 5
    target 13
    id "e0"
  ]
  edge [
    source 5
    target 15
    id "e3"
  ]
  edge [
    source 5
    target 18
    id "e11"
  ]
  edge [
    source 7
    target 14
    id "e2"
  ]
  edge [
    source 8
    target 19
    id "e12"
  ]
  edge [
    source 9
    target 20
    id "e14"
  ]
  edge [
    source 11
    target 16
    id "e16"
  ]
  edge [
    source 11
    target 20
    id "e13"
  ]
  edge [
    source 12
    target 18
    id "e10"
  ]
  edge [
    source 13
    target 18
    id "e1"
  ]
  edge [
    source 15
    target 18
    id "e4"
  ]
  edge [
    source 17
    target 18
    id "e7"
  ]
  edge [
    source 18
    target 19
    id "e8"
  ]
  edge [
    source 18
    target 20
    id "e9"
  ]
]
