graph [
  DateObtained "20/10/10"
  GeoLocation "Japan"
  GeoExtent "Country"
  Network "WIDE"
  Provenance "Primary"
  Access 0
  Source "http://two.wide.ad.jp/"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "WideJpn"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2007"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "KDDI Otemachi"
    Country "Japan"
    Longitude 139.76667
    Internal 1
    Latitude 35.68333
  ]
  node [
    id 1
    label "Nezu"
    Country "Japan"
    Longitude 139.76575
    Internal 1
    Latitude 35.71732
  ]
  node [
    id 2
    label "Yagami"
    Country "Japan"
    Longitude 129.95
    Internal 1
    Latitude 32.76667
  ]
  node [
    id 3
    label "ShinKawasaki"
    Country "Japan"
    Longitude 139.6716
    Internal 1
    Latitude 35.55159
  ]
  node [
    id 4
    label "Hachioji"
    Country "Japan"
    Longitude 139.32389
    Internal 1
    Latitude 35.65583
  ]
  node [
    id 5
    label "Bangkok"
    Country "Thailand"
    Longitude 100.51667
    Internal 1
    Latitude 13.75
  ]
  node [
    id 6
    label "NTT Otemachi"
    Country "Japan"
    Longitude 139.76667
    Internal 1
    Latitude 35.68333
  ]
  node [
    id 7
    label "Tsukuba"
    Country "Japan"
    Longitude 140.1
    Internal 1
    Latitude 36.2
  ]
  node [
    id 8
    label "NSPIXP-3"
    Internal 0
  ]
  node [
    id 9
    label "JGN2Plus"
    Internal 0
  ]
  node [
    id 10
    label "Dojima"
    Country "Japan"
    Longitude 135.48333
    Internal 1
    Latitude 34.68333
  ]
  node [
    id 11
    label "PAIX"
    Internal 0
  ]
  node [
    id 12
    label "TITECH"
    Internal 0
  ]
  node [
    id 13
    label "T-Lex"
    Internal 0
  ]
  node [
    id 14
    label "JGN2Plus"
    Internal 0
  ]
  node [
    id 15
    label "AI3"
    Internal 0
  ]
  node [
    id 16
    label "LAIIX"
    Internal 0
  ]
  node [
    id 17
    label "DIX-IE"
    Internal 0
  ]
  node [
    id 18
    label "KDDI"
    Internal 0
  ]
  node [
    id 19
    label "APAN"
    Internal 0
  ]
  node [
    id 20
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 21
    label "Fujisawa"
    Country "Japan"
    Longitude 139.47
    Internal 1
    Latitude 35.34194
  ]
  node [
    id 22
    label "Nara"
    Country "Japan"
    Longitude 135.80485
    Internal 1
    Latitude 34.68505
  ]
  node [
    id 23
    label "Fukuoka"
    Country "Japan"
    Longitude 130.41806
    Internal 1
    Latitude 33.60639
  ]
  node [
    id 24
    label "Hiroshima"
    Country "Japan"
    Longitude 132.45937
    Internal 1
    Latitude 34.39627
  ]
  node [
    id 25
    label "Kurashiki"
    Country "Japan"
    Longitude 133.76667
    Internal 1
    Latitude 34.58333
  ]
  node [
    id 26
    label "Sakyo"
    Country "Japan"
    Longitude 129.8
    Internal 1
    Latitude 33.78333
  ]
  node [
    id 27
    label "Komatsu"
    Country "Japan"
    Longitude 136.45088
    Internal 1
    Latitude 36.40263
  ]
  node [
    id 28
    label "Sendai"
    Country "Japan"
    Longitude 140.87194
    Internal 1
    Latitude 38.26889
  ]
  node [
    id 29
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  edge [
    source 0
    target 1
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 4
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 6
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 12
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 17
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 18
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 19
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 20
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 28
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 21
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 6
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 10
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 13
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 14
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 27
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 10
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 10
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 22
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 23
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 24
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 25
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 26
    id "e8"
  ]
  edge [
    source 11
    target 29
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 21
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 16
    target 20
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 20
    target 29
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 26
    id "e1"
  ]
  edge [
    source 23
    target 24
    LinkLabel "10-100Mbps"
  ]
  edge [
    source 23
    target 25
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
