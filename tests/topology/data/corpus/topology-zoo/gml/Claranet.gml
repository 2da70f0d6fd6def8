graph [
  DateObtained "19/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "Claranet"
  Provenance "Primary"
  Note "Technically, Access is provided by Claranet SOHO, a division of Claranet."
  Source "http://noc.eu.clara.net/"
  Version "1.0"
  Type "COM"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Claranet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 1
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
    label "Faro"
    Country "Portugal"
    Longitude -7.93333
    Internal 1
    Latitude 37.01667
  ]
  node [
    id 1
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 2
    label "Porto"
    Country "Portugal"
    Longitude -8.61667
    Internal 1
    Latitude 41.15
  ]
  node [
    id 3
    label "Lisbon"
    Country "Portugal"
    Longitude -9.13333
    Internal 1
    Latitude 38.71667
  ]
  node [
    id 4
    label "Barcelona"
    Country "Spain"
    Longitude 2.15899
    Internal 1
    Latitude 41.38879
  ]
  node [
    id 5
    label "Manchester"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
  ]
  node [
    id 6
    label "New York"
    Country "United Kingdom"
    Longitude -0.14008
    Internal 1
    Latitude 53.07897
  ]
  node [
    id 7
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 8
    label "Eindhoven"
    Country "Netherlands"
    Longitude 5.47778
    Internal 1
    Latitude 51.44083
  ]
  node [
    id 9
    label "Berlin"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 10
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 11
    label "Munich"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
  ]
  node [
    id 12
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 13
    label "Rennes"
    Country "France"
    Longitude -1.68333
    Internal 1
    Latitude 48.08333
  ]
  node [
    id 14
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  edge [
    source 0
    target 3
    id "e15"
  ]
  edge [
    source 1
    target 3
    id "e16"
  ]
  edge [
    source 1
    target 4
    id "e17"
  ]
  edge [
    source 2
    target 3
    id "e14"
  ]
  edge [
    source 3
    target 14
    id "e13"
  ]
  edge [
    source 4
    target 12
    id "e8"
  ]
  edge [
    source 5
    target 14
    id "e11"
  ]
  edge [
    source 6
    target 14
    id "e12"
  ]
  edge [
    source 7
    target 8
    id "e0"
  ]
  edge [
    source 7
    target 10
    id "e1"
  ]
  edge [
    source 7
    target 14
    id "e2"
  ]
  edge [
    source 9
    target 10
    id "e3"
  ]
  edge [
    source 9
    target 11
    id "e4"
  ]
  edge [
    source 10
    target 11
    id "e5"
  ]
  edge [
    source 10
    target 12
    id "e6"
  ]
  edge [
    source 10
    target 14
    id "e7"
  ]
  edge [
    source 12
    target 13
    id "e9"
  ]
  edge [
    source 12
    target 14
    id "e10"
  ]
]
