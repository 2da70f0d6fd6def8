graph [
  DateObtained "22/10/10"
  GeoLocation "Slovakia"
  GeoExtent "Country"
  Network "SANET"
  Provenance "Primary"
  Access 0
  Source "http://www.sanet.sk/en/index.shtm"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Sanet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2008"
  DateYear "2008"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Zilina"
    Country "Slovakia"
    Longitude 18.73941
    Internal 1
    Latitude 49.22315
    type "PoP"
  ]
  node [
    id 1
    label "Prievidza"
    Country "Slovakia"
    Longitude 18.63333
    Internal 1
    Latitude 48.76667
    type "PoP"
  ]
  node [
    id 2
    label "Trencin"
    Country "Slovakia"
    Longitude 18.04436
    Internal 1
    Latitude 48.89452
    type "PoP"
  ]
  node [
    id 3
    label "Puchov"
    Country "Slovakia"
    Longitude 18.33333
    Internal 1
    Latitude 49.13333
    type "PoP"
  ]
  node [
    id 4
    label "Martin"
    Country "Slovakia"
    Longitude 18.93333
    Internal 1
    Latitude 49.06667
    type "PoP"
  ]
  node [
    id 5
    label "Ruzomberok"
    Country "Slovakia"
    Longitude 19.31667
    Internal 1
    Latitude 49.08333
    type "PoP"
  ]
  node [
    id 6
    label "Zvolen"
    Country "Slovakia"
    Longitude 19.13333
    Internal 1
    Latitude 48.58333
    type "PoP"
  ]
  node [
    id 7
    label "B. Bystrica"
    Country "Slovakia"
    Longitude 19.15
    Internal 1
    Latitude 48.73333
    type "PoP"
  ]
  node [
    id 8
    label "L.Mikulas"
    Country "Slovakia"
    Longitude 19.62218
    Internal 1
    Latitude 49.08061
    type "PoP"
  ]
  node [
    id 9
    label "T.Lomnica"
    Country "Slovakia"
    Longitude 20.28128
    Internal 1
    Latitude 49.16616
    type "PoP"
  ]
  node [
    id 10
    label "ACOnet"
    Internal 0
  ]
  node [
    id 11
    label "VIX"
    Internal 0
  ]
  node [
    id 12
    label "Topolcany"
    Country "Slovakia"
    Longitude 18.18333
    Internal 1
    Latitude 48.56667
    type "Repeater"
  ]
  node [
    id 13
    label "Levice"
    Country "Slovakia"
    Longitude 18.6
    Internal 1
    Latitude 48.21667
    type "Repeater"
  ]
  node [
    id 14
    label "Nove Zamky"
    Country "Slovakia"
    Longitude 18.16195
    Internal 1
    Latitude 47.98544
    type "Repeater"
  ]
  node [
    id 15
    label "Sala"
    Country "Slovakia"
    Longitude 17.88333
    Internal 1
    Latitude 48.15
    type "Repeater"
  ]
  node [
    id 16
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 17
    label "PIONIER"
    Internal 0
  ]
  node [
    id 18
    label "NIX"
    Internal 0
  ]
  node [
    id 19
    label "CESNET"
    Internal 0
  ]
  node [
    id 20
    label "GEANT"
    Internal 0
  ]
  node [
    id 21
    label "SIX"
    Internal 0
  ]
  node [
    id 22
    label "GTS"
    Internal 0
  ]
  node [
    id 23
    label "Lucenec"
    Country "Slovakia"
    Longitude 19.66667
    Internal 1
    Latitude 48.33333
    type "Repeater"
  ]
  node [
    id 24
    label "R.Sobota"
    Country "Slovakia"
    Longitude 20.03333
    Internal 1
    Latitude 48.38333
    type "Repeater"
  ]
  node [
    id 25
    label "Michalovca"
    Country "Slovakia"
    Longitude 21.93333
    Internal 1
    Latitude 48.75
    type "PoP"
  ]
  node [
    id 26
    label "Humenne"
    Country "Slovakia"
    Longitude 21.91667
    Internal 1
    Latitude 48.93333
    type "PoP"
  ]
  node [
    id 27
    label "Presov"
    Country "Slovakia"
    Longitude 21.25
    Internal 1
    Latitude 49.0
    type "PoP"
  ]
  node [
    id 28
    label "Poprad"
    Country "Slovakia"
    Longitude 20.3
    Internal 1
    Latitude 49.05
    type "PoP"
  ]
  node [
    id 29
    label "Spisska Nova Ves"
    Country "Slovakia"
    Longitude 20.56667
    Internal 1
    Latitude 48.95
    type "Repeater"
  ]
  node [
    id 30
    label "Roznava"
    Country "Slovakia"
    Longitude 20.53333
    Internal 1
    Latitude 48.66667
    type "PoP"
  ]
  node [
    id 31
    label "Kosice"
    Country "Slovakia"
    Longitude 21.25
    Internal 1
    Latitude 48.71667
    type "PoP"
  ]
  node [
    id 32
    label "Trebisov"
    Country "Slovakia"
    Longitude 21.71667
    Internal 1
    Latitude 48.63333
    type "PoP"
  ]
  node [
    id 33
    label "Piestany"
    Country "Slovakia"
    Longitude 17.83333
    Internal 1
    Latitude 48.6
    type "PoP"
  ]
  node [
    id 34
    label "Nove Mesto n. Vahom"
    Country "Slovakia"
    Longitude 17.8309
    Internal 1
    Latitude 48.75763
    type "PoP"
  ]
  node [
    id 35
    label "Bielsko-Biala"
    Country "Poland"
    Longitude 19.03333
    Internal 1
    Latitude 49.81667
    type "PoP"
  ]
  node [
    id 36
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
    type "PoP"
  ]
  node [
    id 37
    label "Vieden"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
    type "PoP"
  ]
  node [
    id 38
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
    type "PoP"
  ]
  node [
    id 39
    label "Trnava"
    Country "Slovakia"
    Longitude 17.6
    Internal 1
    Latitude 48.36667
    type "PoP"
  ]
  node [
    id 40
    label "Komarno"
    Country "Slovakia"
    Longitude 18.12263
    Internal 1
    Latitude 47.76356
    type "PoP"
  ]
  node [
    id 41
    label "Hurbanovo"
    Country "Slovakia"
    Longitude 18.19233
    Internal 1
    Latitude 47.86984
    type "PoP"
  ]
  node [
    id 42
    label "Nitra"
    Country "Slovakia"
    Longitude 18.08453
    Internal 1
    Latitude 48.30763
    type "PoP"
  ]
  edge [
    source 0
    target 16
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 3
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 4
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 12
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 34
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
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
    source 4
    target 5
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 23
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
    target 7
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 28
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 28
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 10
    target 37
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 37
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 42
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 38
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 17
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 35
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 18
    target 36
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 19
    target 36
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 20
    target 38
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 38
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 22
    target 38
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 23
    target 24
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 24
    target 30
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 25
    target 32
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 25
    target 26
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 27
    target 29
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 27
    target 31
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 31
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 31
    target 32
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 33
    target 39
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 36
    target 38
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 37
    target 38
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 38
    target 39
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 39
    target 42
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 40
    target 41
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 41
    target 42
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
