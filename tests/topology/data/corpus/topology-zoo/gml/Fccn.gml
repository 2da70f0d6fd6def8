graph [
  DateObtained "19/03/11"
  GeoLocation "Portugal"
  GeoExtent "Country"
  Network "FCCN"
  Provenance "Primary"
  Note "2Mb/s links could be anything between 2Mb/s to 1Gb/s"
  Source "http://www.fccn.pt/pt/rede-academica/diagrama-da-rede/"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Fccn"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "19/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Portalegre"
    Country "Portugal"
    Longitude -7.43122
    Internal 1
    Latitude 39.29379
    type "Node"
  ]
  node [
    id 1
    label "Evora"
    Country "Portugal"
    Longitude -7.9
    Internal 1
    Latitude 38.56667
    type "Node"
  ]
  node [
    id 2
    label "Guarda"
    Country "Portugal"
    Longitude -7.26667
    Internal 1
    Latitude 40.53333
    type "Node"
  ]
  node [
    id 3
    label "Castelo Branco"
    Country "Portugal"
    Longitude -7.5
    Internal 1
    Latitude 39.81667
    type "Node"
  ]
  node [
    id 4
    label "Tomar"
    Country "Portugal"
    Longitude -8.41667
    Internal 1
    Latitude 39.6
    type "Node"
  ]
  node [
    id 5
    label "Leiria"
    Country "Portugal"
    Longitude -8.80705
    Internal 1
    Latitude 39.74362
    type "Node"
  ]
  node [
    id 6
    label "Lisboa"
    Country "Portugal"
    Longitude -9.13333
    Internal 1
    Latitude 38.71667
    type "Node with subnodes"
  ]
  node [
    id 7
    label "Samtarem"
    Country "Portugal"
    Longitude -8.68333
    Internal 1
    Latitude 39.23333
    type "Node"
  ]
  node [
    id 8
    label "Setubal"
    Country "Portugal"
    Longitude -8.8882
    Internal 1
    Latitude 38.5244
    type "Node"
  ]
  node [
    id 9
    label "Ponta Delgada"
    Country "Portugal"
    Longitude -25.66667
    Internal 1
    Latitude 37.73333
    type "Node"
  ]
  node [
    id 10
    label "Beja"
    Country "Portugal"
    Longitude -7.86667
    Internal 1
    Latitude 38.01667
    type "Node"
  ]
  node [
    id 11
    label "Faro"
    Country "Portugal"
    Longitude -7.93333
    Internal 1
    Latitude 37.01667
    type "Node"
  ]
  node [
    id 12
    label "Funchal"
    Country "Portugal"
    Longitude -16.9
    Internal 1
    Latitude 32.63333
    type "Node"
  ]
  node [
    id 13
    label "Viseu"
    Country "Portugal"
    Longitude -7.91667
    Internal 1
    Latitude 40.65
    type "Node"
  ]
  node [
    id 14
    label "Covilha"
    Country "Portugal"
    Longitude -7.5
    Internal 1
    Latitude 40.28333
    type "Node"
  ]
  node [
    id 15
    label "Viana de Castelo"
    Country "Portugal"
    Longitude -8.41905
    Internal 1
    Latitude 41.84668
    type "Node"
  ]
  node [
    id 16
    label "Barcelos"
    Country "Portugal"
    Longitude -8.61667
    Internal 1
    Latitude 41.53333
    type "Node"
  ]
  node [
    id 17
    label "Braga"
    Country "Portugal"
    Longitude -8.43333
    Internal 1
    Latitude 41.55
    type "Node"
  ]
  node [
    id 18
    label "Villa Real"
    Country "Portugal"
    Longitude -7.75
    Internal 1
    Latitude 41.3
    type "Node"
  ]
  node [
    id 19
    label "Bragancia"
    Country "Portugal"
    Longitude -6.75
    Internal 1
    Latitude 41.81667
    type "Node"
  ]
  node [
    id 20
    label "Porto"
    Country "Portugal"
    Longitude -8.61667
    Internal 1
    Latitude 41.15
    type "Node with subnodes"
  ]
  node [
    id 21
    label "Aveiro"
    Country "Portugal"
    Longitude -8.65
    Internal 1
    Latitude 40.63333
    type "Node"
  ]
  node [
    id 22
    label "Coimbra"
    Country "Portugal"
    Longitude -8.41667
    Internal 1
    Latitude 40.2
    type "Node with subnodes"
  ]
  edge [
    source 0
    target 6
    LinkLabel "Lambda (dashed)"
  ]
  edge [
    source 0
    target 6
    LinkLabel "Lambda"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Lambda"
  ]
  edge [
    source 2
    target 20
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 3
    target 6
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 4
    target 6
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 5
    target 22
    LinkLabel "Lambda"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Lambda (dashed)"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Lambda"
  ]
  edge [
    source 6
    target 8
    LinkLabel "Lambda"
  ]
  edge [
    source 6
    target 9
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 6
    target 12
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 6
    target 13
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 6
    target 22
    LinkLabel "Lambda"
  ]
  edge [
    source 6
    target 22
    LinkLabel "Lambda"
  ]
  edge [
    source 7
    target 22
    LinkLabel "Lambda"
  ]
  edge [
    source 8
    target 10
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 8
    target 11
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 14
    target 20
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 15
    target 20
    LinkLabel "Lambda"
  ]
  edge [
    source 16
    target 20
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 17
    target 20
    LinkLabel "Lambda"
  ]
  edge [
    source 18
    target 20
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 19
    target 20
    LinkType "Ethernet"
    LinkLabel "Circuito Ethernet"
    LinkNote "Circuito "
  ]
  edge [
    source 20
    target 21
    LinkLabel "Lambda"
  ]
  edge [
    source 20
    target 22
    LinkLabel "Lambda"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Lambda"
  ]
]
