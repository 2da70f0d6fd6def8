graph [
  DateObtained "20/10/10"
  GeoLocation "Cyprus"
  GeoExtent "Country"
  Network "Cynet"
  Provenance "Primary"
  Access 0
  Source "http://www.cynet.ac.cy/images/CyNet_Network.gif"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Cynet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "20/10/10"
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
    label "Cyprus Univ. of Tech."
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 1
    label "Intercollege"
    Country "Cyprus"
    Longitude 33.64397
    Internal 1
    Latitude 34.94221
    type "Cloud with Router"
  ]
  node [
    id 2
    label "United Nations"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 3
    label "CyIX Cypress ISPs"
    Internal 0
  ]
  node [
    id 4
    label "Users"
    Internal 1
    type "PC"
  ]
  node [
    id 5
    label "Grid"
    Internal 1
    type "Cloud"
  ]
  node [
    id 6
    label "Grid-SW"
    Internal 1
    type "Route Switch Processor"
  ]
  node [
    id 7
    label "None"
    Internal 1
    type "Cloud with Switch"
  ]
  node [
    id 8
    label "KyprosNet"
    Internal 0
  ]
  node [
    id 9
    label "Inst. of Neurology"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 10
    label "Pedagogical Inst."
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 11
    label "Nursing School"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 12
    label "Phillips College"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 13
    label "European Uni."
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 14
    label "Open Uni. of Cyprus"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 15
    label "Univ. of Nicosia"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 16
    label "Agriculture Inst."
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 17
    label "Cyprus Inst."
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 18
    label "English School"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 19
    label "Uni. of Frederick"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 20
    label "Limassol PoP"
    Country "Cyprus"
    Longitude 33.03333
    Internal 1
    Latitude 34.675
    type "Route Switch Processor"
  ]
  node [
    id 21
    label "European Inst. of Cyprus"
    Internal 1
    type "Cloud with Router"
  ]
  node [
    id 22
    label "Border Router"
    Country "Cyprus"
    Longitude 33.36667
    Internal 1
    Latitude 35.16667
    type "Router"
  ]
  node [
    id 23
    label "EUMED CONNECT"
    Internal 1
    type "Router"
  ]
  node [
    id 24
    label "Syria NREN"
    Internal 0
  ]
  node [
    id 25
    label "GEANT Athens"
    Internal 0
  ]
  node [
    id 26
    label "GEANT Milano"
    Internal 0
  ]
  node [
    id 27
    label "Univ. of Cyprus"
    Internal 0
  ]
  node [
    id 28
    label "Evagoras"
    Internal 1
    type "Router"
  ]
  node [
    id 29
    label "Nicosia PoP"
    Country "Cyprus"
    Longitude 33.36667
    Internal 1
    Latitude 35.16667
    type "Route Switch Processor"
  ]
  edge [
    source 0
    target 20
    LinkSpeed "34"
    LinkLabel "34 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 1
    target 20
    LinkSpeed "2"
    LinkLabel "2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 2
    target 28
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 3
    target 29
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 7
    id "e28"
  ]
  edge [
    source 5
    target 6
    id "e26"
  ]
  edge [
    source 6
    target 7
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 29
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 29
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 9
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 10
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 11
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 12
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 13
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 14
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 15
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 16
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 17
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 18
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 19
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 20
    target 22
    LinkSpeed "60"
    LinkLabel "60 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 60000000.0
  ]
  edge [
    source 21
    target 28
    LinkSpeed "1"
    LinkLabel "1Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000.0
  ]
  edge [
    source 22
    target 23
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 22
    target 25
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 22
    target 26
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 22
    target 27
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 28
    id "e4"
  ]
  edge [
    source 22
    target 29
    id "e5"
  ]
  edge [
    source 23
    target 24
    LinkSpeed "34"
    LinkLabel "34mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
]
