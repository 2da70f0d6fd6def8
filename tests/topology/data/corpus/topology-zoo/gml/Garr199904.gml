graph [
  DateObtained "21/10/10"
  GeoLocation "Italy"
  GeoExtent "Country"
  Network "GARR"
  Provenance "Primary"
  Note "Names from http://www.noc.garr.it/mappe/"
  Source "http://www.garr.it/index.php/rete/infrastruttura-di-rete/mappa-della-rete/48"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Garr199904"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "04"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "1999_04"
  DateYear "1999"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "PD"
    Country "Italy"
    Longitude 11.88181
    Internal 1
    Latitude 45.41519
  ]
  node [
    id 1
    label "MI"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 2
    label "PA"
    Country "Italy"
    Longitude 13.35976
    Internal 1
    Latitude 38.11582
  ]
  node [
    id 3
    label "TS"
    Country "Italy"
    Longitude 13.78
    Internal 1
    Latitude 45.64861
  ]
  node [
    id 4
    label "FI"
    Country "Italy"
    Longitude 11.25
    Internal 1
    Latitude 43.76667
  ]
  node [
    id 5
    label "BO"
    Country "Italy"
    Longitude 11.33875
    Internal 1
    Latitude 44.49381
  ]
  node [
    id 6
    label "TO"
    Country "Italy"
    Longitude 7.68682
    Internal 1
    Latitude 45.07049
  ]
  node [
    id 7
    label "GE"
    Country "Italy"
    Longitude 8.93386
    Internal 1
    Latitude 44.40632
  ]
  node [
    id 8
    label "BO"
    Country "Italy"
    Longitude 11.33875
    Internal 1
    Latitude 44.49381
  ]
  node [
    id 9
    label "NA"
    Country "Italy"
    Longitude 14.25
    Internal 1
    Latitude 40.83333
  ]
  node [
    id 10
    label "EsNet"
    Internal 0
  ]
  node [
    id 11
    label "MI"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 12
    label "RM"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 13
    label "NA"
    Country "Italy"
    Longitude 14.25
    Internal 1
    Latitude 40.83333
  ]
  node [
    id 14
    label "CT"
    Country "Italy"
    Longitude 15.08719
    Internal 1
    Latitude 37.50213
  ]
  node [
    id 15
    label "PI"
    Country "Italy"
    Longitude 10.39659
    Internal 1
    Latitude 43.71553
  ]
  node [
    id 16
    label "Ten155"
    Internal 0
  ]
  node [
    id 17
    label "USA"
    Internal 0
  ]
  node [
    id 18
    label "CA"
    Country "Italy"
    Longitude 9.13462
    Internal 1
    Latitude 39.20738
  ]
  node [
    id 19
    label "RM"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 20
    label "AQ"
    Country "Italy"
    Longitude 13.39954
    Internal 1
    Latitude 42.35055
  ]
  node [
    id 21
    label "FRA"
    Country "Italy"
    Longitude 12.66868
    Internal 1
    Latitude 41.81632
  ]
  node [
    id 22
    label "BA"
    Country "Italy"
    Longitude 16.85118
    Internal 1
    Latitude 41.11773
  ]
  edge [
    source 0
    target 5
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 3
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 5
    LinkLabel "Red"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 7
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 11
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 13
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 16
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 17
    LinkLabel "Yellow"
  ]
  edge [
    source 1
    target 19
    LinkLabel "Red"
  ]
  edge [
    source 2
    target 13
    LinkLabel "Yellow"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Yellow"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Yellow"
  ]
  edge [
    source 5
    target 10
    LinkLabel "Pink"
  ]
  edge [
    source 5
    target 13
    LinkLabel "Red"
  ]
  edge [
    source 5
    target 15
    LinkLabel "Yellow"
  ]
  edge [
    source 5
    target 19
    LinkLabel "Red"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Yellow"
  ]
  edge [
    source 12
    target 19
    LinkLabel "Yellow"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Yellow"
  ]
  edge [
    source 13
    target 19
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 13
    target 22
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 18
    target 19
    LinkLabel "Yellow"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Yellow"
  ]
  edge [
    source 19
    target 21
    LinkLabel "Yellow"
  ]
]
