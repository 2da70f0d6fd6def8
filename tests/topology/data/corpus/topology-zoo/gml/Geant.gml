graph [
  DateObtained "11/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "GEANT"
  Provenance "Primary"
  Access 0
  Source "http://www.geant.net/Network/NetworkTopology/pages/home.aspx"
  Version "1.0"
  Type "REN"
  Backbone 1
  Commercial 0
  label "GEANT"
  Customer 0
  LastAccess "3/08/10"
  Layer "IP"
  Classification "Testbed Backbone Transit"
  Creator "Topology Zoo Toolset"
  Developed "developed"
  Transit 1
  NetworkDate "C"
  Testbed 1
  SvnVersion 8123
  node [
    id 0
    label "IS"
  ]
  node [
    id 1
    label "IE"
  ]
  node [
    id 2
    label "UK"
  ]
  node [
    id 3
    label "NO"
  ]
  node [
    id 4
    label "SE"
  ]
  node [
    id 5
    label "FI"
  ]
  node [
    id 6
    label "EE"
  ]
  node [
    id 7
    label "LV"
  ]
  node [
    id 8
    label "LT"
  ]
  node [
    id 9
    label "RU"
  ]
  node [
    id 10
    label "DK"
  ]
  node [
    id 11
    label "PL"
  ]
  node [
    id 12
    label "NL"
  ]
  node [
    id 13
    label "BE"
  ]
  node [
    id 14
    label "LU"
  ]
  node [
    id 15
    label "FR"
  ]
  node [
    id 16
    label "DE"
  ]
  node [
    id 17
    label "CZ"
  ]
  node [
    id 18
    label "CH"
  ]
  node [
    id 19
    label "IT"
  ]
  node [
    id 20
    label "ES"
  ]
  node [
    id 21
    label "PT"
  ]
  node [
    id 22
    label "SK"
  ]
  node [
    id 23
    label "HU"
  ]
  node [
    id 24
    label "AT"
  ]
  node [
    id 25
    label "SI"
  ]
  node [
    id 26
    label "HR"
  ]
  node [
    id 27
    label "RS"
  ]
  node [
    id 28
    label "ME"
  ]
  node [
    id 29
    label "MK"
  ]
  node [
    id 30
    label "BG"
  ]
  node [
    id 31
    label "RO"
  ]
  node [
    id 32
    label "TR"
  ]
  node [
    id 33
    label "GR"
  ]
  node [
    id 34
    label "CY"
  ]
  node [
    id 35
    label "L"
  ]
  node [
    id 36
    label "MT"
  ]
  edge [
    source 0
    target 2
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 10
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 2
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 2
    target 35
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 13
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 2
    target 21
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 10
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 3
    target 4
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 4
    target 10
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 4
    target 5
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 4
    target 5
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 6
    target 10
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 8
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 11
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 10
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 12
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 10
    target 16
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 11
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 17
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 16
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 12
    target 13
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 14
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 18
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 15
    target 20
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 35
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 16
    target 17
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 16
    target 18
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 16
    target 24
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 17
    target 22
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 18
    target 19
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 18
    target 20
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 19
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 19
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 19
    target 36
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 19
    target 24
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 20
    target 21
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 22
    target 24
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 22
    target 23
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 23
    target 26
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 23
    target 27
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 23
    target 30
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 23
    target 31
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 24
    target 25
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 24
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 25
    target 26
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 26
    target 28
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 29
    target 30
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 30
    target 32
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 31
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 31
    target 32
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
]
