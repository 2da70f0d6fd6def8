graph [
  DateObtained "20/10/10"
  GeoLocation "Estonia"
  GeoExtent "Country"
  Network "EEnet"
  Provenance "Primary"
  Access 0
  Source "http://www.eenet.ee/EENet/magistraalvork.html"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Eenet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "06"
  LastAccess "20/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2009_06"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Parnu"
    Country "Estonia"
    Longitude 24.49711
    Internal 1
    Latitude 58.38588
    type "Small Node"
  ]
  node [
    id 1
    label "Haapsald"
    Country "Estonia"
    Longitude 23.54139
    Internal 1
    Latitude 58.94306
    type "Small Node"
  ]
  node [
    id 2
    label "Kuressaare"
    Country "Estonia"
    Longitude 22.50389
    Internal 1
    Latitude 58.24806
    type "Small Node"
  ]
  node [
    id 3
    label "Rakvere"
    Country "Estonia"
    Longitude 26.35583
    Internal 1
    Latitude 59.34639
    type "Small Node"
  ]
  node [
    id 4
    label "Narva"
    Country "Estonia"
    Longitude 28.19028
    Internal 1
    Latitude 59.37722
    type "Small Node"
  ]
  node [
    id 5
    label "Tallinn"
    Country "Estonia"
    Longitude 24.75353
    Internal 1
    Latitude 59.43696
    type "Large Node"
  ]
  node [
    id 6
    label "GEANT2"
    Internal 0
  ]
  node [
    id 7
    label "Paide"
    Country "Estonia"
    Longitude 25.55722
    Internal 1
    Latitude 58.88556
    type "Small Node"
  ]
  node [
    id 8
    label "Turi"
    Country "Estonia"
    Longitude 25.4325
    Internal 1
    Latitude 58.80861
    type "Small Node"
  ]
  node [
    id 9
    label "Viljandi"
    Country "Estonia"
    Longitude 25.59
    Internal 1
    Latitude 58.36389
    type "Small Node"
  ]
  node [
    id 10
    label "Jogeva"
    Country "Estonia"
    Longitude 26.39389
    Internal 1
    Latitude 58.74667
    type "Small Node"
  ]
  node [
    id 11
    label "Tartu"
    Country "Estonia"
    Longitude 26.72509
    Internal 1
    Latitude 58.38062
    type "Medium Sized Node"
  ]
  node [
    id 12
    label "Voru"
    Country "Estonia"
    Longitude 27.01944
    Internal 1
    Latitude 57.83389
    type "Small Node"
  ]
  edge [
    source 0
    target 5
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 1
    target 5
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 2
    target 5
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 3
    target 5
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 6
    LinkSpeed "2.4"
    LinkLabel "2.4Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2400000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 9
    LinkSpeed "10"
    LinkLabel "10Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 7
    target 8
    LinkSpeed "10"
    LinkLabel "10Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 7
    target 9
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 10
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 10
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
]
