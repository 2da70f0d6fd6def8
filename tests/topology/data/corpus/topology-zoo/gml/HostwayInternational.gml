graph [
  DateObtained "2/01/11"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Hostway International"
  Provenance "Primary"
  Access 0
  Source "http://www.hostway.com/images/dedicated-servers/infrastructure/map-00.gif"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "HostwayInternational"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "2/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 1
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
  ]
  node [
    id 2
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 3
    label "Vancouver"
    Country "Canada"
    Longitude -123.11934
    Internal 1
    Latitude 49.24966
  ]
  node [
    id 4
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 5
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 6
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 7
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 8
    label "Bucharest"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
  ]
  node [
    id 9
    label "Seoul"
    Country "South Korea"
    Longitude 126.97783
    Internal 1
    Latitude 37.56826
  ]
  node [
    id 10
    label "Sydney"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 11
    label "Hannover"
    Country "Germany"
    Longitude 9.73322
    Internal 1
    Latitude 52.37052
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
    label "Antwerp"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
  ]
  node [
    id 14
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 15
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  edge [
    source 0
    target 2
    id "e16"
  ]
  edge [
    source 0
    target 3
    id "e18"
  ]
  edge [
    source 0
    target 5
    id "e19"
  ]
  edge [
    source 1
    target 4
    id "e20"
  ]
  edge [
    source 1
    target 7
    id "e14"
  ]
  edge [
    source 2
    target 5
    id "e17"
  ]
  edge [
    source 2
    target 7
    id "e13"
  ]
  edge [
    source 4
    target 10
    id "e4"
  ]
  edge [
    source 4
    target 6
    id "e12"
  ]
  edge [
    source 4
    target 7
    id "e15"
  ]
  edge [
    source 6
    target 10
    id "e3"
  ]
  edge [
    source 6
    target 7
    id "e11"
  ]
  edge [
    source 6
    target 15
    id "e10"
  ]
  edge [
    source 8
    target 9
    id "e0"
  ]
  edge [
    source 8
    target 14
    id "e1"
  ]
  edge [
    source 9
    target 10
    id "e2"
  ]
  edge [
    source 11
    target 12
    id "e5"
  ]
  edge [
    source 11
    target 14
    id "e6"
  ]
  edge [
    source 12
    target 13
    id "e7"
  ]
  edge [
    source 12
    target 15
    id "e8"
  ]
  edge [
    source 13
    target 14
    id "e9"
  ]
]
