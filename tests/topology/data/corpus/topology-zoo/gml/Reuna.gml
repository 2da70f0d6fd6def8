graph [
  DateObtained "3/02/11"
  GeoLocation "Chile"
  GeoExtent "Country"
  Network "Reuna"
  Provenance "Primary"
  Note "Grid services + possible others, Names from http://www.reuna.cl/index.php/es/ique-es-reuna/miembros/socios"
  Source "http://www.reuna.cl/images/stories/documentos/Mapa_Topologia_REUNA_2010.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Reuna"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "6/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "UCT"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 1
    label "ULAGOS"
    Country "Chile"
    Longitude -73.15
    Internal 1
    Latitude -40.56667
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 2
    label "UACH"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 3
    label "UFRO"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 4
    label "UCN"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 5
    label "UNAP Sede Santiago"
    Internal 1
    type "Router Accesso REUNA2 (Cisco 7204)"
  ]
  node [
    id 6
    label "UNAP"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 7
    label "UTA"
    Country "Chile"
    Longitude -70.30417
    Internal 1
    Latitude -18.475
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 8
    label "ULAGO Puerto Montt"
    Country "Chile"
    Longitude -72.93694
    Internal 1
    Latitude -41.47167
    type "Router Accesso REUNA2 (Cisco 7204)"
  ]
  node [
    id 9
    label "Arica"
    Country "Chile"
    Longitude -70.30417
    Internal 1
    Latitude -18.475
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 10
    label "PITs Nacionales"
    Internal 0
  ]
  node [
    id 11
    label "RC-12"
    Internal 1
  ]
  node [
    id 12
    label "RC-Nacional"
    Internal 1
  ]
  node [
    id 13
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 14
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 15
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 16
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 17
    label "RedCLARA"
    Internal 0
  ]
  node [
    id 18
    label "Osorno"
    Country "Chile"
    Longitude -73.15
    Internal 1
    Latitude -40.56667
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 19
    label "La Serena"
    Country "Chile"
    Longitude -71.25417
    Internal 1
    Latitude -29.90778
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 20
    label "Copiapo"
    Country "Chile"
    Longitude -70.33333
    Internal 1
    Latitude -27.36667
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 21
    label "Antofagasta"
    Country "Chile"
    Longitude -70.4
    Internal 1
    Latitude -23.65
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 22
    label "Iquique"
    Country "Chile"
    Longitude -70.14306
    Internal 1
    Latitude -20.22083
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 23
    label "Valdivia"
    Country "Chile"
    Longitude -73.24589
    Internal 1
    Latitude -39.81422
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 24
    label "Temuco"
    Country "Chile"
    Longitude -72.6
    Internal 1
    Latitude -38.73333
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 25
    label "Concepcion"
    Country "Chile"
    Longitude -73.04977
    Internal 1
    Latitude -36.82699
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 26
    label "Santiago"
    Country "Chile"
    Longitude -70.56656
    Internal 1
    Latitude -33.42628
    type "Switch Troncal G-REUNA (Cisco 7606)"
  ]
  node [
    id 27
    label "UDEC"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 28
    label "UBB"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 29
    label "UDA"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 30
    label "ULS"
    Country "Chile"
    Longitude -71.25417
    Internal 1
    Latitude -29.90778
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 31
    label "AURA"
    Country "Chile"
    Longitude -71.25417
    Internal 1
    Latitude -29.90778
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 32
    label "UCHILE"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 33
    label "UTEM"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 34
    label "UMCE"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 35
    label "USACH"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  node [
    id 36
    label "REUNA"
    Internal 1
    type "Router Acceso G-REUNA (Catalyst 6503)"
  ]
  edge [
    source 0
    target 13
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 1
    target 8
    id "e14"
  ]
  edge [
    source 1
    target 18
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 2
    target 23
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 3
    target 13
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 4
    target 21
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 5
    target 36
    id "e7"
  ]
  edge [
    source 6
    target 22
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 7
    target 9
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 9
    target 22
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 12
    LinkType "STM-1"
    LinkLabel "4x1 Gbps + 2x STM-1"
    LinkNote "4x1 Gbps + 2x "
  ]
  edge [
    source 11
    target 17
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 26
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 12
    target 26
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 13
    target 24
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 14
    target 25
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 14
    target 27
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 14
    target 28
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 15
    target 19
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 15
    target 30
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 15
    target 31
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 16
    target 32
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 16
    target 33
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 16
    target 34
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 16
    target 35
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 16
    target 36
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 16
    target 26
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 18
    target 23
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 19
    target 26
    LinkSpeed "301"
    LinkLabel "301 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 301000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "205"
    LinkLabel "205 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 205000000.0
  ]
  edge [
    source 20
    target 29
    LinkLabel "Conexion G-REUNA 1 Gbps"
  ]
  edge [
    source 20
    target 21
    LinkSpeed "205"
    LinkLabel "205 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 205000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 23
    target 24
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "205"
    LinkLabel "205 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 205000000.0
  ]
  edge [
    source 25
    target 26
    LinkSpeed "301"
    LinkLabel "301 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 301000000.0
  ]
]
