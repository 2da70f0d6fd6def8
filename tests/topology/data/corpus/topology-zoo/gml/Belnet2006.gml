graph [
  DateObtained "12/03/11"
  GeoLocation "Belgium"
  GeoExtent "Country"
  Network "BELNET"
  Provenance "Primary"
  Access 0
  Source "http://www.belnet.be/sites/www.belnet.be/files/publications/BELNET_annual_report_2006_EN.pdf"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Belnet2006"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "12/03/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2006"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Geel"
    Country "Belgium"
    Longitude 5.0
    Internal 1
    Latitude 51.16667
  ]
  node [
    id 1
    label "Antwerpen"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
  ]
  node [
    id 2
    label "Leuven"
    Country "Belgium"
    Longitude 4.70093
    Internal 1
    Latitude 50.87959
  ]
  node [
    id 3
    label "Hasselt"
    Country "Belgium"
    Longitude 5.33333
    Internal 1
    Latitude 50.93333
  ]
  node [
    id 4
    label "Brussel II B"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 5
    label "SFINX"
    Internal 0
  ]
  node [
    id 6
    label "Brussel I B"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 7
    label "Brussel II A"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 8
    label "AMS-IX"
    Internal 0
  ]
  node [
    id 9
    label "LINX"
    Internal 0
  ]
  node [
    id 10
    label "The Worldwide Internet"
    Internal 0
  ]
  node [
    id 11
    label "BNIX"
    Internal 0
  ]
  node [
    id 12
    label "Geant2"
    Internal 0
  ]
  node [
    id 13
    label "Liege"
    Country "Belgium"
    Longitude 5.57178
    Internal 1
    Latitude 50.64119
  ]
  node [
    id 14
    label "Brussel I A"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 15
    label "Brugge"
    Country "Belgium"
    Longitude 3.22424
    Internal 1
    Latitude 51.20892
  ]
  node [
    id 16
    label "Gent"
    Country "Belgium"
    Longitude 3.71667
    Internal 1
    Latitude 51.05
  ]
  node [
    id 17
    label "Korthijk"
    Country "Belgium"
    Longitude 3.26487
    Internal 1
    Latitude 50.82803
  ]
  node [
    id 18
    label "Mons"
    Country "Belgium"
    Longitude 3.95229
    Internal 1
    Latitude 50.45413
  ]
  node [
    id 19
    label "Charleroi"
    Country "Belgium"
    Longitude 4.43333
    Internal 1
    Latitude 50.41667
  ]
  node [
    id 20
    label "Louvain-la-Neuve"
    Country "Belgium"
    Longitude 4.61443
    Internal 1
    Latitude 50.66829
  ]
  node [
    id 21
    label "Namur"
    Country "Belgium"
    Longitude 4.82577
    Internal 1
    Latitude 50.46992
  ]
  node [
    id 22
    label "Arlon"
    Country "Belgium"
    Longitude 5.81667
    Internal 1
    Latitude 49.68333
  ]
  edge [
    source 0
    target 4
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 1
    target 4
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 4
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 13
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 14
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 15
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 16
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 17
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 18
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 19
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 21
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 22
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 14
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 13
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 14
    LinkSpeed "10"
    LinkNote " it/s"
    LinkLabel "10 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 15
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 16
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 17
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 18
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 19
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 21
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 22
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 10
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 10
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 11
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 12
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 14
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 8
    target 14
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 14
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 14
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 14
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 14
    LinkSpeed "1"
    LinkNote " it/s"
    LinkLabel "1 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 14
    LinkSpeed "10"
    LinkNote " it/s"
    LinkLabel "10 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 14
    LinkSpeed "10"
    LinkNote " it/s"
    LinkLabel "10 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
