graph [
  DateObtained "20/07/11"
  GeoLocation "Macedonia"
  GeoExtent "Country"
  Network "MARNET"
  Provenance "Secondary"
  Note "Campuses collapsed to single node"
  Source "Page 17 of http://www.seeren.org//content/modules/downloads/SEEREN2-WP3-BG-005-D07bNetworkTopology-e-2007-03-20.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 0
  Commercial 0
  label "Marnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "20/07/11"
  Access 0
  Layer "L2"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2007"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "F. of Mining and Geology Stip"
    Country "Macedonia"
    Longitude 22.19583
    Internal 1
    Latitude 41.74583
  ]
  node [
    id 1
    label "ONnet NEOTEL SONET"
    Internal 0
  ]
  node [
    id 2
    label "NOC and CampusSocial Sciences"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 3
    label "I. of Economy"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 4
    label "NationalBroadcastingcompany Comm. Tower"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 5
    label "I of Political and Juridical Res"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 6
    label "GEANT SEEREN"
    Internal 0
  ]
  node [
    id 7
    label "Campus Natural Sciences and Mathematics"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 8
    label "F. of Pedagogy"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 9
    label "MOL"
    Internal 0
  ]
  node [
    id 10
    label "National and Univ Library"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 11
    label "I. of Earthquake Engineering"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 12
    label "I. of National History"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 13
    label "I. of Macedonian Literature"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 14
    label "St Clement of Ohrid University in Bitola"
    Country "Macedonia"
    Longitude 21.34028
    Internal 1
    Latitude 41.03111
  ]
  node [
    id 15
    label "Several Ministries of the Government"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 16
    label "Campus Arch and Civil Eng"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 17
    label "CampusTechnical"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 18
    label "Campus Medicine"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 19
    label "CampusBiotech. Sciences"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  edge [
    source 0
    target 2
    LinkLabel "analog leaseline"
  ]
  edge [
    source 1
    target 4
    LinkLabel "Peering with ISPs"
  ]
  edge [
    source 2
    target 3
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 4
    LinkType "Optical"
    LinkSpeed "155"
    LinkSpeedUnits "M"
    LinkNote "laserconnection  "
    LinkLabel "opticallaserconnection 155 Mbps"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 5
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 6
    LinkType "E3"
    LinkSpeed "68"
    LinkSpeedUnits "M"
    LinkNote "2 x  ()"
    LinkLabel "2 x E3 (68Mbps)"
    LinkSpeedRaw 68000000.0
  ]
  edge [
    source 2
    target 7
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/"
    LinkLabel "SMfiber/1Gbps"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 9
    LinkLabel "analog leaseline peering with ISP"
  ]
  edge [
    source 2
    target 10
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 11
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 12
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 13
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 14
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 15
    LinkLabel "analog leaseline"
  ]
  edge [
    source 2
    target 16
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/"
    LinkLabel "SMfiber/1Gbps"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 17
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/"
    LinkLabel "SMfiber/1Gbps"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 18
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/"
    LinkLabel "SMfiber/1Gbps"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 19
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/"
    LinkLabel "SMfiber/1Gbps"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 7
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 4
    target 10
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 4
    target 11
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 4
    target 16
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 4
    target 17
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 4
    target 18
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 4
    target 19
    LinkType "Wireless"
    LinkSpeed "4"
    LinkSpeedUnits "M"
    LinkNote " link  "
    LinkLabel "wireless link 4 Mbps"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 5
    target 17
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/ (dashed)"
    LinkLabel "SMfiber/1Gbps (dashed)"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 17
    LinkType "Fiber"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "SM/"
    LinkLabel "SMfiber/1Gbps"
    LinkSpeedRaw 1000000000.0
  ]
]
