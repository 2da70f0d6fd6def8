graph [
  DateObtained "22/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "NORDU"
  Provenance "Primary"
  Note "CERT + NEWS + DNS"
  Source "http://www.nordu.net/ndnweb/nordunet_network_map.html"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Nordu2010"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Access 0
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
    label "Poznan"
    Internal 0
  ]
  node [
    id 1
    label "GEANT"
    Internal 0
  ]
  node [
    id 2
    label "London"
    Internal 0
  ]
  node [
    id 3
    label "Amsterdam GLORIAD"
    Internal 0
  ]
  node [
    id 4
    label "ICELINK: Greenland, Canada, USA"
    Internal 0
  ]
  node [
    id 5
    label "London"
    Internal 0
  ]
  node [
    id 6
    label "GLORIAD"
    Internal 0
  ]
  node [
    id 7
    label "INTERNET"
    Internal 0
  ]
  node [
    id 8
    label "INTERNET"
    Internal 0
  ]
  node [
    id 9
    label "New York"
    Internal 0
  ]
  node [
    id 10
    label "Reyjavik"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 11
    label "Oslo"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
  ]
  node [
    id 12
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 13
    label "Espoo"
    Country "Finland"
    Longitude 24.6522
    Internal 1
    Latitude 60.2052
  ]
  node [
    id 14
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
  ]
  node [
    id 15
    label "St Petersburg"
    Internal 0
  ]
  node [
    id 16
    label "Copenhagen"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
  ]
  node [
    id 17
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  edge [
    source 0
    target 17
    LinkLabel "NORDUNET"
  ]
  edge [
    source 1
    target 16
    LinkLabel "NORDUNET'S EXTERNAL CONNECTIONS"
  ]
  edge [
    source 2
    target 16
    LinkLabel "NORDUNET"
  ]
  edge [
    source 3
    target 17
    LinkLabel "NORDUNET"
  ]
  edge [
    source 4
    target 10
    LinkLabel "NORDUNET"
  ]
  edge [
    source 5
    target 10
    LinkLabel "NORDUNET"
  ]
  edge [
    source 6
    target 15
    LinkLabel "NORDUNET'S EXTERNAL CONNECTIONS"
  ]
  edge [
    source 7
    target 12
    LinkLabel "NORDUNET'S EXTERNAL CONNECTIONS"
  ]
  edge [
    source 8
    target 16
    LinkLabel "NORDUNET'S EXTERNAL CONNECTIONS"
  ]
  edge [
    source 9
    target 16
    LinkLabel "NORDUNET"
  ]
  edge [
    source 10
    target 16
    LinkLabel "NORDUNET"
  ]
  edge [
    source 11
    target 16
    LinkLabel "NORDUNET"
  ]
  edge [
    source 11
    target 12
    LinkLabel "NORDUNET"
  ]
  edge [
    source 12
    target 16
    LinkLabel "NORDUNET"
  ]
  edge [
    source 12
    target 14
    LinkLabel "NORDUNET"
  ]
  edge [
    source 13
    target 15
    LinkLabel "RUNNet"
  ]
  edge [
    source 16
    target 17
    LinkLabel "NORDUNET"
  ]
]
