graph [
  DateObtained "22/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "euNetworks "
  Provenance "Primary"
  Access 0
  Source "http://www.eunetworks.com/our_network.html"
  Version "1.0"
  DateType "Dynamic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Eunetworks"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Simplified Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  node [
    id 1
    label "Hannover"
    Country "Germany"
    Longitude 9.73322
    Internal 1
    Latitude 52.37052
  ]
  node [
    id 2
    label "Stuttgart"
    Country "Germany"
    Longitude 9.17702
    Internal 1
    Latitude 48.78232
  ]
  node [
    id 3
    label "Munich"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
  ]
  node [
    id 4
    label "Berlin"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 5
    label "Cologne"
    Country "Germany"
    Longitude 6.95
    Internal 1
    Latitude 50.93333
  ]
  node [
    id 6
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 7
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
  ]
  node [
    id 8
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 9
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 10
    label "Rotterdam"
    Country "Netherlands"
    Longitude 4.47917
    Internal 1
    Latitude 51.9225
  ]
  node [
    id 11
    label "The Hague"
    Country "Netherlands"
    Longitude 4.29861
    Internal 1
    Latitude 52.07667
  ]
  node [
    id 12
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 13
    label "Utrecht"
    Country "Netherlands"
    Longitude 5.12222
    Internal 1
    Latitude 52.09083
  ]
  node [
    id 14
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
  ]
  edge [
    source 0
    target 4
    id "e18"
  ]
  edge [
    source 0
    target 14
    id "e12"
  ]
  edge [
    source 2
    target 3
    id "e16"
  ]
  edge [
    source 2
    target 6
    id "e15"
  ]
  edge [
    source 3
    target 4
    id "e17"
  ]
  edge [
    source 5
    target 14
    id "e11"
  ]
  edge [
    source 5
    target 14
    id "e10"
  ]
  edge [
    source 5
    target 6
    id "e13"
  ]
  edge [
    source 5
    target 6
    id "e14"
  ]
  edge [
    source 6
    target 9
    id "e5"
  ]
  edge [
    source 7
    target 8
    id "e1"
  ]
  edge [
    source 7
    target 8
    id "e0"
  ]
  edge [
    source 8
    target 9
    id "e2"
  ]
  edge [
    source 8
    target 12
    id "e3"
  ]
  edge [
    source 9
    target 10
    id "e4"
  ]
  edge [
    source 10
    target 11
    id "e6"
  ]
  edge [
    source 11
    target 12
    id "e7"
  ]
  edge [
    source 12
    target 13
    id "e8"
  ]
  edge [
    source 13
    target 14
    id "e9"
  ]
]
