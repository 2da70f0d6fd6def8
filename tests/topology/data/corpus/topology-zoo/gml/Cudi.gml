graph [
  DateObtained "20/10/10"
  GeoLocation "Mexico"
  GeoExtent "Country"
  Network "CUDI"
  Provenance "Primary"
  Note "Node labels are hard to read."
  Source "http://www.noc.cudi.edu.mx/images/backbone.gif"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Cudi"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "20/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 1
    label "UANL"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 2
    label "UTEI"
    Internal 0
    type "Transparent Cloud"
  ]
  node [
    id 3
    label "UACJ"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 4
    label "UAL"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 5
    label "UNAM"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 6
    label "ITESM"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 7
    label "UAT"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 8
    label "CUDI"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 9
    label "?"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 10
    label "VBNS"
    Internal 0
    type "Transparent Cloud"
  ]
  node [
    id 11
    label "UAM"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 12
    label "MILITARY"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 13
    label "UV"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 14
    label "CO?"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 15
    label "UDLAP"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 16
    label "BUAP"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 17
    label "IPN"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 18
    label "ITSEM"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 19
    label "UAEM"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 20
    label "UAEH"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 21
    label "UaSLP"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 22
    label "UPALP"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 23
    label "???"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 24
    label "LANIA"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 25
    label "UDG"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 26
    label "INANDO"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 27
    label "UniSod?"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 28
    label "VPN"
    Internal 0
    type "Transparent Cloud"
  ]
  node [
    id 29
    label "Ucol"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 30
    label "OCSE?"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 31
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 32
    label "UASLP"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 33
    label "ITE"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 34
    label "ILCE"
    Internal 0
    type "White Octagon"
  ]
  node [
    id 35
    label "ITAM"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 36
    label "UP"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 37
    label "CP"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 38
    label "ULSA"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 39
    label "TAMU"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 40
    label "IMP"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 41
    label "CENIC"
    Internal 0
    type "Transparent Cloud"
  ]
  node [
    id 42
    label "Abilene"
    Internal 0
    type "Transparent Cloud"
  ]
  node [
    id 43
    label "MTY"
    Internal 1
    type "Node PoP"
  ]
  node [
    id 44
    label "GDL"
    Internal 1
    type "Node PoP"
  ]
  node [
    id 45
    label "MEX"
    Internal 1
    type "Node PoP"
  ]
  node [
    id 46
    label "Cd.J"
    Internal 1
    type "Node PoP"
  ]
  node [
    id 47
    label "TU"
    Internal 1
    type "Node PoP"
  ]
  node [
    id 48
    label "CAN"
    Internal 1
    type "Node PoP"
  ]
  node [
    id 49
    label "UABC"
    Internal 0
    type "Green Circle"
  ]
  node [
    id 50
    label "?"
    Internal 0
    type "White Octagon"
  ]
  edge [
    source 0
    target 1
    id "e20"
  ]
  edge [
    source 0
    target 43
    LinkSpeed "24"
    LinkLabel "24 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 0
    target 4
    id "e19"
  ]
  edge [
    source 0
    target 6
    id "e21"
  ]
  edge [
    source 0
    target 7
    id "e22"
  ]
  edge [
    source 2
    target 42
    id "e18"
  ]
  edge [
    source 2
    target 46
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 3
    target 46
    LinkSpeed "24"
    LinkLabel "24 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 5
    target 32
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 33
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 35
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 36
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 37
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 38
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 39
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 9
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 45
    LinkSpeed "24"
    LinkLabel "24Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 5
    target 40
    LinkSpeed "2"
    LinkLabel "2 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 10
    target 43
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 12
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 13
    target 24
    LinkSpeed "2"
    LinkLabel "2 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 13
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 14
    target 23
    LinkSpeed "2"
    LinkLabel "2 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 14
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 15
    target 26
    LinkSpeed "2"
    LinkLabel "2 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 15
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 16
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 17
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 18
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 19
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 20
    target 31
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 21
    target 28
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 22
    target 28
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 25
    target 44
    LinkSpeed "24"
    LinkLabel "24 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 27
    target 28
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 28
    target 45
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 28
    target 30
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 31
    target 34
    LinkSpeed "24"
    LinkLabel "24 MB/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 31
    target 45
    LinkSpeed "24"
    LinkLabel "24 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 41
    target 42
    id "e17"
  ]
  edge [
    source 41
    target 47
    LinkSpeed "155"
    LinkLabel "155mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 43
    target 44
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 43
    target 45
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 43
    target 46
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 44
    target 45
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 44
    target 47
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 45
    target 48
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 47
    target 50
    LinkSpeed "24"
    LinkLabel "24 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 49
    target 50
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
]
