graph [
  DateObtained "23/03/11"
  GeoLocation "UK"
  GeoExtent "Country"
  Network "Hibernia Atlantic (UK)"
  Provenance "Primary"
  Access 0
  Source "http://www.hiberniaatlantic.com/UK_network.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "HiberniaUk"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "23/03/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Large Node"
  ]
  node [
    id 1
    label "Southport"
    Country "United Kingdom"
    Longitude -3.00648
    Internal 1
    Latitude 53.64779
    type "Large Node"
  ]
  node [
    id 2
    label "None"
    Internal 0
  ]
  node [
    id 3
    label "None"
    Internal 0
  ]
  node [
    id 4
    label "Manchester"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
    type "Large Node"
  ]
  node [
    id 5
    label "Peterborough"
    Country "United Kingdom"
    Longitude -0.24777
    Internal 1
    Latitude 52.57364
    type "Small Node"
  ]
  node [
    id 6
    label "Cambridge"
    Country "United Kingdom"
    Longitude 0.11667
    Internal 1
    Latitude 52.2
    type "Small Node"
  ]
  node [
    id 7
    label "Sheffield"
    Country "United Kingdom"
    Longitude -1.4659
    Internal 1
    Latitude 53.38297
    type "Small Node"
  ]
  node [
    id 8
    label "Leicester"
    Country "United Kingdom"
    Longitude -1.13333
    Internal 1
    Latitude 52.63333
    type "Small Node"
  ]
  node [
    id 9
    label "Bracewell"
    Country "United Kingdom"
    Longitude -2.20958
    Internal 1
    Latitude 53.93225
    type "Small Node"
  ]
  node [
    id 10
    label "Leeds"
    Country "United Kingdom"
    Longitude -1.54785
    Internal 1
    Latitude 53.79648
    type "Small Node"
  ]
  node [
    id 11
    label "Birmingham"
    Country "United Kingdom"
    Longitude -1.91667
    Internal 1
    Latitude 52.46667
    type "Small Node"
  ]
  node [
    id 12
    label "Liverpool"
    Country "United Kingdom"
    Longitude -2.97794
    Internal 1
    Latitude 53.41058
    type "Small Node"
  ]
  node [
    id 13
    label "Reading"
    Country "United Kingdom"
    Longitude -0.97113
    Internal 1
    Latitude 51.45625
    type "Small Node"
  ]
  node [
    id 14
    label "Bristol"
    Country "United Kingdom"
    Longitude -2.58333
    Internal 1
    Latitude 51.45
    type "Small Node"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Blue Link"
  ]
  edge [
    source 0
    target 13
    LinkLabel "Green Link"
  ]
  edge [
    source 0
    target 6
    LinkLabel "Blue Link"
  ]
  edge [
    source 1
    target 9
    LinkLabel "Blue Link"
  ]
  edge [
    source 1
    target 12
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 13
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 11
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 12
    LinkLabel "Green Link"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Blue Link"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Blue Link"
  ]
  edge [
    source 7
    target 8
    LinkLabel "Blue Link"
  ]
  edge [
    source 7
    target 10
    LinkLabel "Blue Link"
  ]
  edge [
    source 9
    target 10
    LinkLabel "Blue Link"
  ]
  edge [
    source 11
    target 14
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Green Link"
  ]
]
