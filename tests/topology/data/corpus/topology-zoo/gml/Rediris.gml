graph [
  DateObtained "3/02/11"
  GeoLocation "Spain"
  GeoExtent "Country"
  Network "RedIris"
  Provenance "Primary"
  Note "Names from http://www.rediris.es/servicios/conectividad/pdp.html Assume Nacional is located in Madrid."
  Source "http://www.rediris.es/lared/mapa.html"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Rediris"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "6/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Navarra"
    Country "Spain"
    Longitude -1.64323
    Internal 1
    Latitude 42.81687
  ]
  node [
    id 1
    label "Rioja"
    Country "Spain"
    Longitude -2.45
    Internal 1
    Latitude 42.46667
  ]
  node [
    id 2
    label "Cantabria"
    Country "Spain"
    Longitude -3.80444
    Internal 1
    Latitude 43.46472
  ]
  node [
    id 3
    label "Pais Vasco"
    Country "Spain"
    Longitude -2.75
    Internal 1
    Latitude 43.0
  ]
  node [
    id 4
    label "Baleares"
    Country "Spain"
    Longitude 2.65024
    Internal 1
    Latitude 39.56939
  ]
  node [
    id 5
    label "Valencia"
    Country "Spain"
    Longitude -0.37739
    Internal 1
    Latitude 39.46975
  ]
  node [
    id 6
    label "Aragon"
    Country "Spain"
    Longitude -0.87734
    Internal 1
    Latitude 41.65606
  ]
  node [
    id 7
    label "Cataluna"
    Country "Spain"
    Longitude 2.15899
    Internal 1
    Latitude 41.38879
  ]
  node [
    id 8
    label "Murcia"
    Country "Spain"
    Longitude -1.11667
    Internal 1
    Latitude 37.98333
  ]
  node [
    id 9
    label "Galacia"
    Country "Spain"
    Longitude -8.54569
    Internal 1
    Latitude 42.88052
  ]
  node [
    id 10
    label "Asturias"
    Country "Spain"
    Longitude -5.84476
    Internal 1
    Latitude 43.36029
  ]
  node [
    id 11
    label "Extremadura"
    Country "Spain"
    Longitude -6.96667
    Internal 1
    Latitude 38.88333
  ]
  node [
    id 12
    label "Andalucia"
    Country "Spain"
    Longitude -5.98694
    Internal 1
    Latitude 37.37722
  ]
  node [
    id 13
    label "Canarias (las palmas)"
    Country "Spain"
    Longitude -15.41667
    Internal 1
    Latitude 28.1
  ]
  node [
    id 14
    label "Canarias (tenerife)"
    Country "Spain"
    Longitude -16.31667
    Internal 1
    Latitude 28.48333
  ]
  node [
    id 15
    label "Castilla La Mancha"
    Country "Spain"
    Longitude -3.93333
    Internal 1
    Latitude 38.98333
  ]
  node [
    id 16
    label "Nacional"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 17
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 18
    label "Castilla Y Leon"
    Country "Spain"
    Longitude -4.71667
    Internal 1
    Latitude 41.65
  ]
  edge [
    source 0
    target 3
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 0
    target 6
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 1
    target 18
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 10
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 9
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 16
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 5
    target 12
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 5
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 16
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 7
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 12
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 9
    target 16
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 9
    target 10
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 9
    target 18
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 11
    target 16
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 12
    target 13
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 12
    target 15
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 12
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 14
    target 16
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 16
    target 17
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 18
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
]
