graph [
  DateObtained "22/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Electric Lightwave"
  Provenance "Secondary"
  Note "Now the carrier wholesale BU of Integra Telecom"
  Source "http://www.isp-planet.com/img/backbones/eli_backbone.jpg"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "EliBackbone"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "<"
  DateMonth 0
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "<2005"
  DateYear 0
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
  ]
  node [
    id 1
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 2
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 3
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 4
    label "Santa Clara"
    Country "United States"
    Longitude -121.95524
    Internal 1
    Latitude 37.35411
  ]
  node [
    id 5
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  node [
    id 6
    label "Sacramento"
    Country "United States"
    Longitude -121.4944
    Internal 1
    Latitude 38.58157
  ]
  node [
    id 7
    label "Palo Alto"
    Country "United States"
    Longitude -122.14302
    Internal 1
    Latitude 37.44188
  ]
  node [
    id 8
    label "Tacoma"
    Country "United States"
    Longitude -122.44429
    Internal 1
    Latitude 47.25288
  ]
  node [
    id 9
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 10
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 11
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 12
    label "Spokane"
    Country "United States"
    Longitude -117.42605
    Internal 1
    Latitude 47.65878
  ]
  node [
    id 13
    label "Boise"
    Country "United States"
    Longitude -116.20345
    Internal 1
    Latitude 43.6135
  ]
  node [
    id 14
    label "Salt Lake City"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 15
    label "Minneapolis"
    Country "United States"
    Longitude -93.26384
    Internal 1
    Latitude 44.97997
  ]
  node [
    id 16
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 17
    label "Rochester"
    Country "United States"
    Longitude -77.61556
    Internal 1
    Latitude 43.15478
  ]
  node [
    id 18
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
  ]
  node [
    id 19
    label "Washington DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  edge [
    source 0
    target 1
    id "e21"
  ]
  edge [
    source 0
    target 3
    id "e19"
  ]
  edge [
    source 0
    target 14
    id "e7"
  ]
  edge [
    source 1
    target 3
    id "e20"
  ]
  edge [
    source 1
    target 4
    id "e22"
  ]
  edge [
    source 2
    target 16
    id "e10"
  ]
  edge [
    source 2
    target 11
    id "e17"
  ]
  edge [
    source 2
    target 3
    id "e18"
  ]
  edge [
    source 2
    target 19
    id "e15"
  ]
  edge [
    source 4
    target 7
    id "e26"
  ]
  edge [
    source 5
    target 8
    id "e28"
  ]
  edge [
    source 5
    target 6
    id "e23"
  ]
  edge [
    source 6
    target 8
    id "e24"
  ]
  edge [
    source 6
    target 14
    id "e6"
  ]
  edge [
    source 6
    target 7
    id "e25"
  ]
  edge [
    source 7
    target 9
    id "e27"
  ]
  edge [
    source 8
    target 9
    id "e29"
  ]
  edge [
    source 9
    target 12
    id "e1"
  ]
  edge [
    source 9
    target 13
    id "e3"
  ]
  edge [
    source 9
    target 14
    id "e4"
  ]
  edge [
    source 9
    target 15
    id "e8"
  ]
  edge [
    source 10
    target 11
    id "e16"
  ]
  edge [
    source 10
    target 19
    id "e14"
  ]
  edge [
    source 12
    target 13
    id "e0"
  ]
  edge [
    source 13
    target 14
    id "e2"
  ]
  edge [
    source 14
    target 16
    id "e5"
  ]
  edge [
    source 15
    target 16
    id "e9"
  ]
  edge [
    source 16
    target 17
    id "e11"
  ]
  edge [
    source 17
    target 18
    id "e12"
  ]
  edge [
    source 18
    target 19
    id "e13"
  ]
]
