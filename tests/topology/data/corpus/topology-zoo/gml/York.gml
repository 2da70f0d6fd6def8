graph [
  DateObtained "16/01/11"
  GeoLocation "UK"
  GeoExtent "Country"
  Network "YorkDataServices"
  Provenance "Primary"
  Access 0
  Source "http://www.yorkdataservices.com/uploads/York-Data-Services-UK-MPLS-Network-Map.gif"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 0
  Commercial 0
  label "York"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "16/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Leicester"
    Country "United Kingdom"
    Longitude -1.13333
    Internal 1
    Latitude 52.63333
  ]
  node [
    id 1
    label "Northampton"
    Country "United Kingdom"
    Longitude -0.88333
    Internal 1
    Latitude 52.25
  ]
  node [
    id 2
    label "Sheffield"
    Country "United Kingdom"
    Longitude -1.4659
    Internal 1
    Latitude 53.38297
  ]
  node [
    id 3
    label "Nottingham"
    Country "United Kingdom"
    Longitude -1.15047
    Internal 1
    Latitude 52.9536
  ]
  node [
    id 4
    label "Croydon"
    Country "United Kingdom"
    Longitude -0.1
    Internal 1
    Latitude 51.38333
  ]
  node [
    id 5
    label "Slough"
    Country "United Kingdom"
    Longitude -0.58333
    Internal 1
    Latitude 51.5
  ]
  node [
    id 6
    label "Milton Keynes"
    Country "United Kingdom"
    Longitude -0.75583
    Internal 1
    Latitude 52.04172
  ]
  node [
    id 7
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 8
    label "Reading"
    Country "United Kingdom"
    Longitude -0.97113
    Internal 1
    Latitude 51.45625
  ]
  node [
    id 9
    label "Banbury"
    Country "United Kingdom"
    Longitude -1.34029
    Internal 1
    Latitude 52.0602
  ]
  node [
    id 10
    label "Brighton"
    Country "United Kingdom"
    Longitude -0.13947
    Internal 1
    Latitude 50.82838
  ]
  node [
    id 11
    label "Bristol"
    Country "United Kingdom"
    Longitude -2.58333
    Internal 1
    Latitude 51.45
  ]
  node [
    id 12
    label "Birmingham"
    Country "United Kingdom"
    Longitude -1.91667
    Internal 1
    Latitude 52.46667
  ]
  node [
    id 13
    label "Preston"
    Country "United Kingdom"
    Longitude -2.71667
    Internal 1
    Latitude 53.76667
  ]
  node [
    id 14
    label "Manchester"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
  ]
  node [
    id 15
    label "Glasgow"
    Country "United Kingdom"
    Longitude -4.25763
    Internal 1
    Latitude 55.86515
  ]
  node [
    id 16
    label "Edinburgh"
    Country "United Kingdom"
    Longitude -3.2
    Internal 1
    Latitude 55.95
  ]
  node [
    id 17
    label "Newcastle"
    Country "United Kingdom"
    Longitude -1.61396
    Internal 1
    Latitude 54.97328
  ]
  node [
    id 18
    label "Middlesborough"
    Country "United Kingdom"
    Longitude -1.16278
    Internal 1
    Latitude 54.57278
  ]
  node [
    id 19
    label "Harrogate"
    Country "United Kingdom"
    Longitude -1.53333
    Internal 1
    Latitude 53.98333
  ]
  node [
    id 20
    label "York"
    Country "United Kingdom"
    Longitude -1.08333
    Internal 1
    Latitude 53.96667
  ]
  node [
    id 21
    label "Leeds"
    Country "United Kingdom"
    Longitude -1.54785
    Internal 1
    Latitude 53.79648
  ]
  node [
    id 22
    label "Carlisle"
    Country "United Kingdom"
    Longitude -2.9382
    Internal 1
    Latitude 54.8951
  ]
  edge [
    source 0
    target 1
    id "e14"
  ]
  edge [
    source 0
    target 3
    id "e13"
  ]
  edge [
    source 1
    target 6
    id "e15"
  ]
  edge [
    source 2
    target 3
    id "e12"
  ]
  edge [
    source 2
    target 21
    id "e8"
  ]
  edge [
    source 4
    target 7
    id "e17"
  ]
  edge [
    source 5
    target 8
    id "e19"
  ]
  edge [
    source 5
    target 7
    id "e18"
  ]
  edge [
    source 6
    target 7
    id "e16"
  ]
  edge [
    source 8
    target 9
    id "e20"
  ]
  edge [
    source 8
    target 10
    id "e22"
  ]
  edge [
    source 8
    target 11
    id "e21"
  ]
  edge [
    source 9
    target 12
    id "e23"
  ]
  edge [
    source 12
    target 14
    id "e11"
  ]
  edge [
    source 13
    target 14
    id "e10"
  ]
  edge [
    source 13
    target 22
    id "e9"
  ]
  edge [
    source 15
    target 16
    id "e0"
  ]
  edge [
    source 15
    target 22
    id "e1"
  ]
  edge [
    source 16
    target 17
    id "e2"
  ]
  edge [
    source 17
    target 18
    id "e3"
  ]
  edge [
    source 18
    target 20
    id "e4"
  ]
  edge [
    source 19
    target 20
    id "e5"
  ]
  edge [
    source 19
    target 21
    id "e6"
  ]
  edge [
    source 20
    target 21
    id "e7"
  ]
]
