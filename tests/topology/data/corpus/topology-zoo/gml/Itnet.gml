graph [
  DateObtained "3/02/11"
  GeoLocation "Ireland"
  GeoExtent "Country"
  Network "Itnet"
  Provenance "Primary"
  Note "3 Nodes co-located on map, Very sparse info, semi-dud page"
  Source "http://www.itnet.ie/"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Itnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "6/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2005"
  DateYear "2005"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Limerick"
    Country "Ireland"
    Longitude -8.62306
    Internal 1
    Latitude 52.66472
  ]
  node [
    id 1
    label "Cork"
    Country "Ireland"
    Longitude -8.49583
    Internal 1
    Latitude 51.89861
  ]
  node [
    id 2
    label "Tralee"
    Country "Ireland"
    Longitude -9.70264
    Internal 1
    Latitude 52.27042
  ]
  node [
    id 3
    label "Galway"
    Country "Ireland"
    Longitude -9.04889
    Internal 1
    Latitude 53.27194
  ]
  node [
    id 4
    label "Sligo"
    Country "Ireland"
    Longitude -8.46943
    Internal 1
    Latitude 54.26969
  ]
  node [
    id 5
    label "Letterkenny"
    Country "Ireland"
    Longitude -7.73333
    Internal 1
    Latitude 54.95
  ]
  node [
    id 6
    label "Athlone"
    Country "Ireland"
    Longitude -7.93722
    Internal 1
    Latitude 53.42278
  ]
  node [
    id 7
    label "Dundalk"
    Country "Ireland"
    Longitude -6.41667
    Internal 1
    Latitude 54.0
  ]
  node [
    id 8
    label "Blanchardstown, Dun Laoghaire, Tallaght"
    Country "Ireland"
    Longitude -6.37556
    Internal 1
    Latitude 53.38806
  ]
  node [
    id 9
    label "Carlow"
    Country "Ireland"
    Longitude -6.73694
    Internal 1
    Latitude 52.80028
  ]
  node [
    id 10
    label "Waterford"
    Country "Ireland"
    Longitude -7.11194
    Internal 1
    Latitude 52.25833
  ]
  edge [
    source 0
    target 8
    id "e9"
  ]
  edge [
    source 1
    target 8
    id "e7"
  ]
  edge [
    source 2
    target 8
    id "e8"
  ]
  edge [
    source 3
    target 8
    id "e0"
  ]
  edge [
    source 4
    target 8
    id "e1"
  ]
  edge [
    source 5
    target 8
    id "e2"
  ]
  edge [
    source 6
    target 8
    id "e3"
  ]
  edge [
    source 7
    target 8
    id "e4"
  ]
  edge [
    source 8
    target 9
    id "e5"
  ]
  edge [
    source 8
    target 10
    id "e6"
  ]
]
