graph [
  DateObtained "21/10/10"
  GeoLocation "Italy"
  GeoExtent "Country"
  Network "GARR"
  Note "New GARR-X functionality roll-out, experimental or testbed?"
  Source "http://www.garr.it/reteGARR/mappa.php"
  Version "1.0"
  Type "REN"
  Backbone 1
  Commercial 0
  label "garr"
  Customer 0
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Classification "Backbone Transit Testbed?"
  Creator "Topology Zoo Toolset"
  Developed "developed"
  Transit 1
  NetworkDate "D"
  Testbed 0
  SvnVersion 8057
  node [
    id 0
    label "CZ"
    Internal 1
  ]
  node [
    id 1
    label "MI3"
    Internal 1
  ]
  node [
    id 2
    label "BO"
    Internal 1
  ]
  node [
    id 3
    label "FI"
    Internal 1
  ]
  node [
    id 4
    label "Fi"
    Internal 1
  ]
  node [
    id 5
    label "GE"
    Internal 1
  ]
  node [
    id 6
    label "TO"
    Internal 1
  ]
  node [
    id 7
    label "MI2"
    Internal 1
  ]
  node [
    id 8
    label "CO"
    Internal 1
  ]
  node [
    id 9
    label "MI1"
    Internal 1
  ]
  node [
    id 10
    label "TN"
    Internal 1
  ]
  node [
    id 11
    label "VE"
    Internal 1
  ]
  node [
    id 12
    label "PD"
    Internal 1
  ]
  node [
    id 13
    label "TS-1"
    Internal 1
  ]
  node [
    id 14
    label "GEANT"
    Internal 0
  ]
  node [
    id 15
    label "TELIA"
    Internal 0
  ]
  node [
    id 16
    label "MIX    "
    Internal 0
  ]
  node [
    id 17
    label "EUMED CONNECT"
    Internal 0
  ]
  node [
    id 18
    label "PA"
    Internal 1
  ]
  node [
    id 19
    label "CT"
    Internal 1
  ]
  node [
    id 20
    label "CS"
    Internal 1
  ]
  node [
    id 21
    label "ME"
    Internal 1
  ]
  node [
    id 22
    label "NA"
    Internal 1
  ]
  node [
    id 23
    label "SA"
    Internal 1
  ]
  node [
    id 24
    label "PZ"
    Internal 1
  ]
  node [
    id 25
    label "MT"
    Internal 1
  ]
  node [
    id 26
    label "LE"
    Internal 1
  ]
  node [
    id 27
    label "BA"
    Internal 1
  ]
  node [
    id 28
    label "FG"
    Internal 1
  ]
  node [
    id 29
    label "CB"
    Internal 1
  ]
  node [
    id 30
    label "FRA"
    Internal 1
  ]
  node [
    id 31
    label "AQ"
    Internal 1
  ]
  node [
    id 32
    label "AN"
    Internal 1
  ]
  node [
    id 33
    label "PG"
    Internal 1
  ]
  node [
    id 34
    label "RM1"
    Internal 1
  ]
  node [
    id 35
    label "NAMEX"
    Internal 0
  ]
  node [
    id 36
    label "CA-1"
    Internal 1
  ]
  node [
    id 37
    label "SS"
    Internal 1
  ]
  node [
    id 38
    label "AQ-1"
    Internal 1
  ]
  node [
    id 39
    label "FUC"
    Internal 1
  ]
  node [
    id 40
    label "CA"
    Internal 1
  ]
  node [
    id 41
    label "GEANT"
    Internal 0
  ]
  node [
    id 42
    label "GEANT"
    Internal 0
  ]
  node [
    id 43
    label "GEANT"
    Internal 0
  ]
  node [
    id 44
    label "GEANT"
    Internal 0
  ]
  node [
    id 45
    label "GEANT"
    Internal 0
  ]
  node [
    id 46
    label "GEANT"
    Internal 0
  ]
  node [
    id 47
    label "Ui"
    Internal 1
  ]
  node [
    id 48
    label "PI"
    Internal 1
  ]
  node [
    id 49
    label "Pv"
    Internal 1
  ]
  node [
    id 50
    label "Bs"
    Internal 1
  ]
  node [
    id 51
    label "Fe"
    Internal 1
  ]
  node [
    id 52
    label "Mi-1"
    Internal 1
  ]
  node [
    id 53
    label "RM-2"
    Internal 1
  ]
  node [
    id 54
    label "TIX"
    Internal 0
  ]
  node [
    id 55
    label "MI1"
    Internal 1
  ]
  edge [
    source 0
    target 20
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 1
    target 49
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 1
    target 50
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 1
    target 7
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 1
    target 10
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 1
    target 10
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 1
    target 55
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 2
    target 32
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 3
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 9
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 12
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 51
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 2
    target 51
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 53
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 55
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 2
    target 27
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 3
    target 48
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 3
    target 4
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 3
    target 54
    LinkLabel "Peering"
  ]
  edge [
    source 5
    target 48
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 5
    target 7
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 6
    target 48
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 6
    target 46
    LinkLabel "Peering"
  ]
  edge [
    source 6
    target 7
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 7
    target 8
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 7
    target 45
    LinkLabel "Peering"
  ]
  edge [
    source 7
    target 14
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 7
    target 15
    LinkLabel "Peering"
  ]
  edge [
    source 7
    target 16
    LinkLabel "Peering"
  ]
  edge [
    source 7
    target 52
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 7
    target 53
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 7
    target 55
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 8
    target 52
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 8
    target 13
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 8
    target 55
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 9
    target 55
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 11
    target 12
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 12
    target 44
    LinkLabel "Peering"
  ]
  edge [
    source 12
    target 13
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 12
    target 55
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 17
    target 19
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 18
    target 19
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 19
    target 34
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 19
    target 20
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 19
    target 21
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 19
    target 22
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 22
    target 23
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 22
    target 23
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 22
    target 27
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 22
    target 53
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 22
    target 29
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 24
    target 27
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 25
    target 27
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 26
    target 27
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 27
    target 28
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 30
    target 53
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 31
    target 34
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 31
    target 38
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 32
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 32
    target 47
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 33
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 34
    target 36
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 34
    target 53
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 34
    target 53
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 35
    target 53
    LinkLabel "Peering"
  ]
  edge [
    source 36
    target 40
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 36
    target 37
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 36
    target 53
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
  edge [
    source 38
    target 53
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 39
    target 53
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
  ]
  edge [
    source 41
    target 55
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 42
    target 55
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 43
    target 55
    LinkLabel "Peering"
  ]
  edge [
    source 48
    target 53
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
  ]
]
