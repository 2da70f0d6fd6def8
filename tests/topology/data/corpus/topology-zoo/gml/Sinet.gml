graph [
  DateObtained "22/10/10"
  GeoLocation "Japan"
  GeoExtent "Country"
  Network "Sinet"
  Provenance "Primary"
  Access 0
  Source "http://www.sinet.ad.jp/topology"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Sinet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Fukuoka DC"
    Country "Japan"
    Longitude 130.41806
    Internal 1
    Latitude 33.60639
    type "Core Node"
  ]
  node [
    id 1
    label "Oita U"
    Country "Japan"
    Longitude 131.6125
    Internal 1
    Latitude 33.23806
    type "Edge Node"
  ]
  node [
    id 2
    label "Kyushu U"
    Country "Japan"
    Longitude 131.0
    Internal 1
    Latitude 33.0
    type "Edge Node"
  ]
  node [
    id 3
    label "Kyushu IT"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 4
    label "Hiroshima U"
    Country "Japan"
    Longitude 132.45937
    Internal 1
    Latitude 34.39627
    type "Edge Node"
  ]
  node [
    id 5
    label "Hiroshima DC"
    Country "Japan"
    Longitude 132.45937
    Internal 1
    Latitude 34.39627
    type "Core Node"
  ]
  node [
    id 6
    label "Ehime U"
    Country "Japan"
    Longitude 132.76574
    Internal 1
    Latitude 33.83916
    type "Edge Node"
  ]
  node [
    id 7
    label "Yamaguchi U"
    Country "Japan"
    Longitude 131.47139
    Internal 1
    Latitude 34.18583
    type "Edge Node"
  ]
  node [
    id 8
    label "IMS, U Tokyo"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 9
    label "ISSP, U Tokyo"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 10
    label "Matsuyama DC"
    Country "Japan"
    Longitude 132.76574
    Internal 1
    Latitude 33.83916
    type "Core Node"
  ]
  node [
    id 11
    label "Kagawa U"
    Country "Japan"
    Longitude 134.04333
    Internal 1
    Latitude 34.34028
    type "Edge Node"
  ]
  node [
    id 12
    label "Kamioka Obs, ICRR, U Tokyo"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 13
    label "Chiba U"
    Country "Japan"
    Longitude 140.12333
    Internal 1
    Latitude 35.60472
    type "Edge Node"
  ]
  node [
    id 14
    label "Shinshu U"
    Country "Japan"
    Longitude 133.56667
    Internal 1
    Latitude 35.16667
    type "Edge Node"
  ]
  node [
    id 15
    label "NIFS"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 16
    label "Kanazawa U"
    Country "Japan"
    Longitude 136.62556
    Internal 1
    Latitude 36.59444
    type "Edge Node"
  ]
  node [
    id 17
    label "JAIST"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 18
    label "Doshisha U"
    Country "Japan"
    Longitude 135.77841
    Internal 1
    Latitude 34.80559
    type "Edge Node"
  ]
  node [
    id 19
    label "ICR, Kyoto U"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 20
    label "Nagoya DC"
    Country "Japan"
    Longitude 136.90641
    Internal 1
    Latitude 35.18147
    type "Core Node"
  ]
  node [
    id 21
    label "NINS-Okazaki"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 22
    label "Shizuoka U"
    Country "Japan"
    Longitude 138.38306
    Internal 1
    Latitude 34.97694
    type "Edge Node"
  ]
  node [
    id 23
    label "Nagoya U"
    Country "Japan"
    Longitude 136.90641
    Internal 1
    Latitude 35.18147
    type "Edge Node"
  ]
  node [
    id 24
    label "Kanazawa DC"
    Country "Japan"
    Longitude 136.62556
    Internal 1
    Latitude 36.59444
    type "Core Node"
  ]
  node [
    id 25
    label "Toyama U"
    Country "Japan"
    Longitude 137.21139
    Internal 1
    Latitude 36.69528
    type "Edge Node"
  ]
  node [
    id 26
    label "Yamanashi U"
    Country "Japan"
    Longitude 138.56833
    Internal 1
    Latitude 35.66389
    type "Edge Node"
  ]
  node [
    id 27
    label "U Tokushima"
    Country "Japan"
    Longitude 134.55944
    Internal 1
    Latitude 34.06583
    type "Edge Node"
  ]
  node [
    id 28
    label "Tokyo DC3"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
    type "Core Node"
  ]
  node [
    id 29
    label "NII"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 30
    label "NII-CHiba"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 31
    label "GSIST, U Tokyo"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 32
    label "U Electro-Communications"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 33
    label "RIKEN"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 34
    label "Tokyo DC1"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
    type "Core Node"
  ]
  node [
    id 35
    label "Tokyo DC2"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
    type "Core Node"
  ]
  node [
    id 36
    label "JAXA-ISAS"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 37
    label "Yokohama National U"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 38
    label "Keio U"
    Country "Japan"
    Longitude 139.42416
    Internal 1
    Latitude 35.62522
    type "Edge Node"
  ]
  node [
    id 39
    label "Tokyo IT"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 40
    label "Niigata U"
    Country "Japan"
    Longitude 139.02361
    Internal 1
    Latitude 37.90222
    type "Edge Node"
  ]
  node [
    id 41
    label "Fukui U"
    Country "Japan"
    Longitude 136.22257
    Internal 1
    Latitude 36.06443
    type "Edge Node"
  ]
  node [
    id 42
    label "KEK"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 43
    label "JAEA"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 44
    label "Tsukuba DC"
    Country "Japan"
    Longitude 140.1
    Internal 1
    Latitude 36.2
    type "Core Node"
  ]
  node [
    id 45
    label "U Tsukuba"
    Country "Japan"
    Longitude 140.1
    Internal 1
    Latitude 36.2
    type "Edge Node"
  ]
  node [
    id 46
    label "Gunma U"
    Country "Japan"
    Longitude 139.06083
    Internal 1
    Latitude 36.39111
    type "Edge Node"
  ]
  node [
    id 47
    label "ISM"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 48
    label "U Tokyo"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
    type "Edge Node"
  ]
  node [
    id 49
    label "Kyoto DC"
    Country "Japan"
    Longitude 135.75385
    Internal 1
    Latitude 35.02107
    type "Core Node"
  ]
  node [
    id 50
    label "Kyoto U"
    Country "Japan"
    Longitude 135.75385
    Internal 1
    Latitude 35.02107
    type "Edge Node"
  ]
  node [
    id 51
    label "Waseda U"
    Country "Japan"
    Longitude 139.55
    Internal 1
    Latitude 38.3
    type "Edge Node"
  ]
  node [
    id 52
    label "Kansai U"
    Country "Japan"
    Longitude 136.5065
    Internal 1
    Latitude 34.27339
    type "Edge Node"
  ]
  node [
    id 53
    label "Osaka U"
    Country "Japan"
    Longitude 135.50218
    Internal 1
    Latitude 34.69374
    type "Edge Node"
  ]
  node [
    id 54
    label "Kobe U"
    Country "Japan"
    Longitude 135.183
    Internal 1
    Latitude 34.6913
    type "Edge Node"
  ]
  node [
    id 55
    label "JAMSTEC"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 56
    label "JASRI"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 57
    label "Tottori U"
    Country "Japan"
    Longitude 134.23333
    Internal 1
    Latitude 35.5
    type "Edge Node"
  ]
  node [
    id 58
    label "Okayama U"
    Country "Japan"
    Longitude 133.935
    Internal 1
    Latitude 34.66167
    type "Edge Node"
  ]
  node [
    id 59
    label "Osaka DC"
    Country "Japan"
    Longitude 135.50218
    Internal 1
    Latitude 34.69374
    type "Core Node"
  ]
  node [
    id 60
    label "NAOJ"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 61
    label "Saitama U"
    Country "Japan"
    Longitude 139.65657
    Internal 1
    Latitude 35.90807
    type "Edge Node"
  ]
  node [
    id 62
    label "JAXA-IAT"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 63
    label "Tokyo U Ag and Tech"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 64
    label "Nagasaki U"
    Country "Japan"
    Longitude 129.87361
    Internal 1
    Latitude 32.74472
    type "Edge Node"
  ]
  node [
    id 65
    label "Kurnamoto U"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 66
    label "Sapporo DC"
    Country "Japan"
    Longitude 141.34694
    Internal 1
    Latitude 43.06417
    type "Core Node"
  ]
  node [
    id 67
    label "Hokkaido U"
    Country "Japan"
    Longitude 141.34694
    Internal 1
    Latitude 43.06417
    type "Edge Node"
  ]
  node [
    id 68
    label "Kitami IT"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 69
    label "Hirosaki U"
    Country "Japan"
    Longitude 140.4725
    Internal 1
    Latitude 40.59306
    type "Edge Node"
  ]
  node [
    id 70
    label "Sendai DC"
    Country "Japan"
    Longitude 140.87194
    Internal 1
    Latitude 38.26889
    type "Core Node"
  ]
  node [
    id 71
    label "Tohoku U"
    Country "Japan"
    Longitude 131.36667
    Internal 1
    Latitude 32.76667
    type "Edge Node"
  ]
  node [
    id 72
    label "U of the Ryukyus"
    Internal 1
    type "Edge Node"
  ]
  node [
    id 73
    label "Kagoshima U"
    Country "Japan"
    Longitude 130.55814
    Internal 1
    Latitude 31.56018
    type "Edge Node"
  ]
  edge [
    source 0
    target 64
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 1
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 2
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 3
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 5
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 0
    target 65
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 72
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 73
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 0
    target 10
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 4
    target 5
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 5
    target 7
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 5
    target 49
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 5
    target 57
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 5
    target 58
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 6
    target 10
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 8
    target 34
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 9
    target 34
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 10
    target 27
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 10
    target 11
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 10
    target 59
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 12
    target 20
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 13
    target 35
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 14
    target 35
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 15
    target 20
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 16
    target 24
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 17
    target 24
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 18
    target 49
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 19
    target 49
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 20
    target 34
    LinkSpeed "40"
    LinkLabel "40Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 40000000000.0
  ]
  edge [
    source 20
    target 21
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 20
    target 22
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 20
    target 23
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 20
    target 59
    LinkSpeed "40"
    LinkLabel "40Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 40000000000.0
  ]
  edge [
    source 24
    target 66
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 24
    target 35
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 24
    target 40
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 24
    target 41
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 24
    target 49
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 24
    target 25
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 26
    target 35
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 28
    target 35
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 29
    target 34
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 30
    target 34
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 31
    target 34
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 32
    target 35
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 33
    target 34
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 35
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 34
    target 36
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 37
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 38
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 39
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 44
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 34
    target 48
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 51
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 60
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 34
    target 62
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 35
    target 46
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 35
    target 47
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 35
    target 55
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 35
    target 61
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 35
    target 63
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 42
    target 44
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 43
    target 44
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 44
    target 70
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 44
    target 45
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 49
    target 50
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 49
    target 59
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 52
    target 59
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 53
    target 59
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 54
    target 59
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 56
    target 59
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 66
    target 67
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 66
    target 70
    LinkLabel "10-20Gbps"
  ]
  edge [
    source 67
    target 68
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 69
    target 70
    LinkLabel "1-20Gbps"
  ]
  edge [
    source 70
    target 71
    LinkLabel "1-20Gbps"
  ]
]
