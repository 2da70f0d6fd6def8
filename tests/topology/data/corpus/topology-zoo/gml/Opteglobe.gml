graph [
  DateObtained "18/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "OTEGlobe "
  Note "Does managed CPE count?"
  Source "http://www.oteglobe.gr/map.pdf"
  Version "1.0"
  Type "COM"
  Backbone 1
  Commercial 0
  label "opteglobe"
  Customer 0
  LastAccess "3/08/10"
  Access 0
  Layer "Simplified Fibre"
  Classification "Backbone Transit Customer?"
  Creator "Topology Zoo Toolset"
  Developed "developed"
  Transit 1
  NetworkDate "C"
  Testbed 0
  SvnVersion 8123
  node [
    id 0
    label "London"
    Internal 1
  ]
  node [
    id 1
    label "Amsterdam"
    Internal 1
  ]
  node [
    id 2
    label "Frankfurt"
    Internal 1
  ]
  node [
    id 3
    label "Paris"
    Internal 1
  ]
  node [
    id 4
    label "Lille"
    Internal 1
  ]
  node [
    id 5
    label "Vienna"
    Internal 1
  ]
  node [
    id 6
    label "Walserberg"
    Internal 1
  ]
  node [
    id 7
    label "Nuremberg"
    Internal 1
  ]
  node [
    id 8
    label "Stuttgart"
    Internal 1
  ]
  node [
    id 9
    label "Zurich"
    Internal 1
  ]
  node [
    id 10
    label "Milan"
    Internal 1
  ]
  node [
    id 11
    label "Venice"
    Internal 1
  ]
  node [
    id 12
    label "Genova"
    Internal 1
  ]
  node [
    id 13
    label "Marseille"
    Internal 1
  ]
  node [
    id 14
    label "Lyon"
    Internal 1
  ]
  node [
    id 15
    label "Bologna"
    Internal 1
  ]
  node [
    id 16
    label "Rome"
    Internal 1
  ]
  node [
    id 17
    label "Bari"
    Internal 1
  ]
  node [
    id 18
    label "Cornwall Stations"
    Internal 1
  ]
  node [
    id 19
    label "Valery"
    Internal 1
  ]
  node [
    id 20
    label "Katwijk"
    Internal 1
  ]
  node [
    id 21
    label "Norden"
    Internal 1
  ]
  node [
    id 22
    label "Bratislava"
    Internal 1
  ]
  node [
    id 23
    label "Hegyeshantom"
    Internal 1
  ]
  node [
    id 24
    label "Budapest"
    Internal 1
  ]
  node [
    id 25
    label "Dunaujvaros"
    Internal 1
  ]
  node [
    id 26
    label "Timisoara"
    Internal 1
  ]
  node [
    id 27
    label "Drobeta Turnu Sevenin"
    Internal 1
  ]
  node [
    id 28
    label "Tg Carbunesti"
    Internal 1
  ]
  node [
    id 29
    label "Bucharest"
    Internal 1
  ]
  node [
    id 30
    label "Russe"
    Internal 1
  ]
  node [
    id 31
    label "Pleven"
    Internal 1
  ]
  node [
    id 32
    label "Sofia"
    Internal 1
  ]
  node [
    id 33
    label "Stara Zagora"
    Internal 1
  ]
  node [
    id 34
    label "Varna"
    Internal 1
  ]
  node [
    id 35
    label "Novorossiysk"
    Internal 1
  ]
  node [
    id 36
    label "Istanbul"
    Internal 1
  ]
  node [
    id 37
    label "Skopje"
    Internal 1
  ]
  node [
    id 38
    label "Dubrovnik"
    Internal 1
  ]
  node [
    id 39
    label "Duntes"
    Internal 1
  ]
  node [
    id 40
    label "Corfu"
    Internal 1
  ]
  node [
    id 41
    label "Thessaloniki"
    Internal 1
  ]
  node [
    id 42
    label "Athens"
    Internal 1
  ]
  node [
    id 43
    label "Chania"
    Internal 1
  ]
  node [
    id 44
    label "Marmaris"
    Internal 1
  ]
  node [
    id 45
    label "Yeroskipos"
    Internal 1
  ]
  node [
    id 46
    label "Suez"
    Internal 1
  ]
  node [
    id 47
    label "Haifa"
    Internal 1
  ]
  node [
    id 48
    label "Tel Aviv"
    Internal 1
  ]
  node [
    id 49
    label "Nahariya"
    Internal 1
  ]
  node [
    id 50
    label "Agia Napa"
    Internal 1
  ]
  node [
    id 51
    label "Pentaskinos"
    Internal 1
  ]
  node [
    id 52
    label "Tartus"
    Internal 1
  ]
  node [
    id 53
    label "Malta"
    Internal 1
  ]
  node [
    id 54
    label "Catania"
    Internal 1
  ]
  node [
    id 55
    label "Palermo"
    Internal 1
  ]
  node [
    id 56
    label "Mazara"
    Internal 1
  ]
  node [
    id 57
    label "Estepona"
    Internal 1
  ]
  node [
    id 58
    label "Conil"
    Internal 1
  ]
  node [
    id 59
    label "Sesimbra"
    Internal 1
  ]
  node [
    id 60
    label "Penmarch"
    Internal 1
  ]
  node [
    id 61
    label "Kilmore Quay"
    Internal 1
  ]
  node [
    id 62
    label "Nicosia"
    Internal 1
  ]
  node [
    id 63
    label "Blaabjerg"
    Internal 1
  ]
  node [
    id 64
    label "To USA"
    Internal 0
  ]
  node [
    id 65
    label "Ostend"
    Internal 1
  ]
  node [
    id 66
    label "Tirana"
    Internal 1
  ]
  node [
    id 67
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 68
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 69
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 70
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 71
    label "Gevgelija"
    Internal 1
  ]
  node [
    id 72
    label "Petrich"
    Internal 1
  ]
  node [
    id 73
    label "Promachonas"
    Internal 1
  ]
  node [
    id 74
    label "Kilkis"
    Internal 1
  ]
  node [
    id 75
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 76
    label "Haskavo"
    Internal 1
  ]
  node [
    id 77
    label "Komotini"
    Internal 1
  ]
  node [
    id 78
    label "Alexandroupolis"
    Internal 1
  ]
  node [
    id 79
    label "Kesan"
    Internal 1
  ]
  node [
    id 80
    label "Kastanies"
    Internal 1
  ]
  node [
    id 81
    label "Edirne"
    Internal 1
  ]
  node [
    id 82
    label "Svilengrad"
    Internal 1
  ]
  node [
    id 83
    label "OPTEGLOBE TBN"
    Internal 1
  ]
  node [
    id 84
    label "Bitola"
    Internal 1
  ]
  node [
    id 85
    label "Otranto"
    Internal 1
  ]
  node [
    id 86
    label "Bar"
    Internal 1
  ]
  node [
    id 87
    label "Beirut"
    Internal 1
  ]
  node [
    id 88
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 89
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 90
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 91
    label "Derna"
    Internal 1
  ]
  node [
    id 92
    label "USA"
    Internal 0
  ]
  edge [
    source 0
    target 1
    LinkLabel "GWEN"
  ]
  edge [
    source 0
    target 18
    LinkLabel "GWEN"
  ]
  edge [
    source 0
    target 4
    LinkLabel "GWEN"
  ]
  edge [
    source 1
    target 2
    LinkLabel "GWEN"
  ]
  edge [
    source 2
    target 8
    LinkLabel "GWEN"
  ]
  edge [
    source 2
    target 5
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 2
    target 7
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 3
    target 4
    LinkLabel "GWEN"
  ]
  edge [
    source 3
    target 14
    LinkLabel "GWEN"
  ]
  edge [
    source 5
    target 22
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 5
    target 6
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 5
    target 23
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 6
    target 7
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 8
    target 9
    LinkLabel "GWEN"
  ]
  edge [
    source 9
    target 10
    LinkLabel "GWEN"
  ]
  edge [
    source 10
    target 11
    LinkLabel "GWEN"
  ]
  edge [
    source 10
    target 12
    LinkLabel "GWEN"
  ]
  edge [
    source 11
    target 15
    LinkLabel "GWEN"
  ]
  edge [
    source 12
    target 16
    LinkLabel "GWEN"
  ]
  edge [
    source 12
    target 13
    LinkLabel "GWEN"
  ]
  edge [
    source 13
    target 14
    LinkLabel "GWEN"
  ]
  edge [
    source 15
    target 17
    LinkLabel "GWEN"
  ]
  edge [
    source 16
    target 17
    LinkLabel "GWEN"
  ]
  edge [
    source 17
    target 40
    LinkLabel "GWEN"
  ]
  edge [
    source 17
    target 40
    LinkLabel "GWEN"
  ]
  edge [
    source 18
    target 60
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 18
    target 19
    LinkLabel "TAT-14"
  ]
  edge [
    source 18
    target 89
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 18
    target 58
    LinkLabel "FLAG Europe-Asia"
  ]
  edge [
    source 18
    target 92
    LinkLabel "TAT-14"
  ]
  edge [
    source 18
    target 61
    LinkLabel "Celtic"
  ]
  edge [
    source 19
    target 20
    LinkLabel "TAT-14"
  ]
  edge [
    source 20
    target 21
    LinkLabel "TAT-14"
  ]
  edge [
    source 21
    target 89
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 21
    target 63
    LinkLabel "TAT-14"
  ]
  edge [
    source 22
    target 24
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 23
    target 25
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 24
    target 26
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 25
    target 26
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 26
    target 27
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 26
    target 28
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 27
    target 32
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 28
    target 29
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 29
    target 30
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 30
    target 33
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 31
    target 32
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 32
    target 72
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 32
    target 33
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 32
    target 82
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 34
    target 35
    LinkLabel "BSFOCS"
  ]
  edge [
    source 38
    target 39
    LinkLabel "Adria-1"
  ]
  edge [
    source 39
    target 40
    LinkLabel "Adria-1"
  ]
  edge [
    source 40
    target 41
    LinkLabel "GWEN"
  ]
  edge [
    source 40
    target 42
    LinkLabel "GWEN"
  ]
  edge [
    source 40
    target 85
  ]
  edge [
    source 40
    target 86
  ]
  edge [
    source 41
    target 74
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 41
    target 75
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 41
    target 78
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 41
    target 83
  ]
  edge [
    source 41
    target 42
    LinkLabel "GWEN"
  ]
  edge [
    source 42
    target 43
    LinkLabel "GWEN"
  ]
  edge [
    source 42
    target 70
    LinkLabel "GWEN"
  ]
  edge [
    source 42
    target 70
    LinkLabel "GWEN"
  ]
  edge [
    source 43
    target 67
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 43
    target 45
    LinkLabel "Aphrodite-2"
  ]
  edge [
    source 43
    target 47
    LinkLabel "MedNautilus"
  ]
  edge [
    source 43
    target 54
    LinkLabel "MedNautilus"
  ]
  edge [
    source 43
    target 88
    LinkLabel "GWEN"
  ]
  edge [
    source 43
    target 91
    LinkLabel "Silphium"
  ]
  edge [
    source 44
    target 68
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 45
    target 69
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 46
    target 69
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 47
    target 48
    LinkLabel "MedNautilus"
  ]
  edge [
    source 48
    target 54
    LinkLabel "MedNautilus"
  ]
  edge [
    source 49
    target 50
    LinkLabel "CIOS"
  ]
  edge [
    source 51
    target 52
    LinkLabel "Ugarit"
  ]
  edge [
    source 51
    target 87
    LinkLabel "CADMOS"
  ]
  edge [
    source 53
    target 54
    LinkLabel "Catania-Malta"
  ]
  edge [
    source 55
    target 90
    LinkLabel "FLAG Europe-Asia"
  ]
  edge [
    source 56
    target 90
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 56
    target 67
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 57
    target 90
  ]
  edge [
    source 58
    target 90
    LinkLabel "FLAG Europe-Asia"
  ]
  edge [
    source 59
    target 90
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 59
    target 60
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 63
    target 64
    LinkLabel "TAT-14"
  ]
  edge [
    source 65
    target 89
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 66
    target 83
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 67
    target 68
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 68
    target 69
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 70
    target 88
    LinkLabel "GWEN"
  ]
  edge [
    source 70
    target 88
  ]
  edge [
    source 71
    target 74
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 72
    target 73
  ]
  edge [
    source 73
    target 75
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 75
    target 77
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 76
    target 77
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 77
    target 78
  ]
  edge [
    source 78
    target 80
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 78
    target 79
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 80
    target 81
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 80
    target 82
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 81
    target 82
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 83
    target 84
    LinkLabel "OPTEGLOBE TBN"
  ]
]
