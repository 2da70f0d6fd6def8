graph [
  DateObtained "18/10/10"
  GeoLocation "Canada"
  GeoExtent "Country"
  Network "Navigata "
  Provenance "Primary"
  Access 0
  Source "http://www.navigata.ca/about-us/our-network/map_national_network.pdf"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Navigata"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "18/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "New York"
    Country "Canada"
    Longitude -79.06627
    Internal 1
    Latitude 43.08342
  ]
  node [
    id 1
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
  ]
  node [
    id 2
    label "Halifax"
    Country "Canada"
    Longitude -63.57333
    Internal 1
    Latitude 44.646
  ]
  node [
    id 3
    label "Los Angeles"
    Country "Canada"
    Longitude -139.52642
    Internal 1
    Latitude 63.05082
  ]
  node [
    id 4
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 5
    label "Vancouver"
    Country "Canada"
    Longitude -123.11934
    Internal 1
    Latitude 49.24966
  ]
  node [
    id 6
    label "Victoria"
    Country "Canada"
    Longitude -123.3693
    Internal 1
    Latitude 48.43294
  ]
  node [
    id 7
    label "Seattle"
    Country "Canada"
    Longitude -139.20265
    Internal 1
    Latitude 60.08677
  ]
  node [
    id 8
    label "Calgary"
    Country "Canada"
    Longitude -114.08529
    Internal 1
    Latitude 51.05011
  ]
  node [
    id 9
    label "Edmonton"
    Country "Canada"
    Longitude -113.46871
    Internal 1
    Latitude 53.55014
  ]
  node [
    id 10
    label "Saskatoon"
    Country "Canada"
    Longitude -106.63452
    Internal 1
    Latitude 52.11679
  ]
  node [
    id 11
    label "Regina"
    Country "Canada"
    Longitude -104.6178
    Internal 1
    Latitude 50.45008
  ]
  node [
    id 12
    label "Winnipeg"
    Country "Canada"
    Longitude -97.14704
    Internal 1
    Latitude 49.8844
  ]
  edge [
    source 0
    target 4
    id "e16"
  ]
  edge [
    source 1
    target 4
    id "e14"
  ]
  edge [
    source 2
    target 4
    id "e15"
  ]
  edge [
    source 3
    target 5
    id "e6"
  ]
  edge [
    source 4
    target 11
    id "e12"
  ]
  edge [
    source 4
    target 10
    id "e10"
  ]
  edge [
    source 5
    target 6
    id "e0"
  ]
  edge [
    source 5
    target 7
    id "e1"
  ]
  edge [
    source 5
    target 8
    id "e2"
  ]
  edge [
    source 5
    target 9
    id "e3"
  ]
  edge [
    source 5
    target 10
    id "e4"
  ]
  edge [
    source 5
    target 11
    id "e5"
  ]
  edge [
    source 8
    target 9
    id "e7"
  ]
  edge [
    source 8
    target 10
    id "e8"
  ]
  edge [
    source 8
    target 11
    id "e9"
  ]
  edge [
    source 10
    target 12
    id "e11"
  ]
  edge [
    source 11
    target 12
    id "e13"
  ]
]
