graph [
  DateObtained "20/01/11"
  GeoLocation "Slovakia"
  GeoExtent "Country"
  Network "GTS Slovakia"
  Provenance "Primary"
  Access 0
  Source "http://www.gtsce.com/en/map/index.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "GtsSlovakia"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "20/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Ruzombernk"
    Country "Slovakia"
    Longitude 19.31667
    Internal 1
    Latitude 49.08333
    type "Small Node"
  ]
  node [
    id 1
    label "None"
    Internal 1
    type "Small Node"
  ]
  node [
    id 2
    label "Svit"
    Country "Slovakia"
    Longitude 20.20695
    Internal 1
    Latitude 49.06014
    type "Small Node"
  ]
  node [
    id 3
    label "Liptovdky Mikulas"
    Country "Slovakia"
    Longitude 19.62218
    Internal 1
    Latitude 49.08061
    type "Small Node"
  ]
  node [
    id 4
    label "Detva"
    Country "Slovakia"
    Longitude 19.41667
    Internal 1
    Latitude 48.56667
    type "Small Node"
  ]
  node [
    id 5
    label "Zvolen"
    Country "Slovakia"
    Longitude 19.13333
    Internal 1
    Latitude 48.58333
    type "Small Node"
  ]
  node [
    id 6
    label "Zilina"
    Country "Slovakia"
    Longitude 18.73941
    Internal 1
    Latitude 49.22315
    type "Small Node"
  ]
  node [
    id 7
    label "Namestovo"
    Country "Slovakia"
    Longitude 19.5
    Internal 1
    Latitude 49.4
    type "Small Node"
  ]
  node [
    id 8
    label "Rimavska Sobota"
    Country "Slovakia"
    Longitude 20.03333
    Internal 1
    Latitude 48.38333
    type "Small Node"
  ]
  node [
    id 9
    label "Lucenec"
    Country "Slovakia"
    Longitude 19.66667
    Internal 1
    Latitude 48.33333
    type "Small Node"
  ]
  node [
    id 10
    label "Komarno"
    Country "Slovakia"
    Longitude 18.12263
    Internal 1
    Latitude 47.76356
    type "Small Node"
  ]
  node [
    id 11
    label "Brno Warsaw"
    Internal 0
  ]
  node [
    id 12
    label "Prague Frankfurt"
    Internal 0
  ]
  node [
    id 13
    label "Vienna"
    Internal 0
  ]
  node [
    id 14
    label "Gyor Budapest"
    Internal 0
  ]
  node [
    id 15
    label "Nove Zamky"
    Country "Slovakia"
    Longitude 18.16195
    Internal 1
    Latitude 47.98544
    type "Small Node"
  ]
  node [
    id 16
    label "Nitra"
    Country "Slovakia"
    Longitude 18.08453
    Internal 1
    Latitude 48.30763
    type "Small Node"
  ]
  node [
    id 17
    label "Trencin"
    Country "Slovakia"
    Longitude 18.04436
    Internal 1
    Latitude 48.89452
    type "Small Node"
  ]
  node [
    id 18
    label "Topolcany"
    Country "Slovakia"
    Longitude 18.18333
    Internal 1
    Latitude 48.56667
    type "Small Node"
  ]
  node [
    id 19
    label "Novaky"
    Country "Slovakia"
    Longitude 18.55
    Internal 1
    Latitude 48.71667
    type "Small Node"
  ]
  node [
    id 20
    label "Prievidza"
    Country "Slovakia"
    Longitude 18.63333
    Internal 1
    Latitude 48.76667
    type "Small Node"
  ]
  node [
    id 21
    label "None"
    Internal 1
    type "Small Node"
  ]
  node [
    id 22
    label "None"
    Internal 1
    type "Small Node"
  ]
  node [
    id 23
    label "Piestany"
    Country "Slovakia"
    Longitude 17.83333
    Internal 1
    Latitude 48.6
    type "Small Node"
  ]
  node [
    id 24
    label "Nove Mest nad Vahom"
    Country "Slovakia"
    Longitude 17.8309
    Internal 1
    Latitude 48.75763
    type "Small Node"
  ]
  node [
    id 25
    label "Spisska"
    Country "Slovakia"
    Longitude 20.56667
    Internal 1
    Latitude 48.95
    type "Small Node"
  ]
  node [
    id 26
    label "Poprad"
    Country "Slovakia"
    Longitude 20.3
    Internal 1
    Latitude 49.05
    type "Small Node"
  ]
  node [
    id 27
    label "Banska Bystrica"
    Country "Slovakia"
    Longitude 19.15
    Internal 1
    Latitude 48.73333
    type "Large Node"
  ]
  node [
    id 28
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
    type "Large Node"
  ]
  node [
    id 29
    label "Kosice"
    Country "Slovakia"
    Longitude 21.25
    Internal 1
    Latitude 48.71667
    type "Large Node"
  ]
  node [
    id 30
    label "Presov"
    Country "Slovakia"
    Longitude 21.25
    Internal 1
    Latitude 49.0
    type "Small Node"
  ]
  node [
    id 31
    label "Bardejov"
    Country "Slovakia"
    Longitude 21.28333
    Internal 1
    Latitude 49.28333
    type "Small Node"
  ]
  node [
    id 32
    label "Svidnik"
    Country "Slovakia"
    Longitude 21.56667
    Internal 1
    Latitude 49.3
    type "Small Node"
  ]
  node [
    id 33
    label "Humenne"
    Country "Slovakia"
    Longitude 21.91667
    Internal 1
    Latitude 48.93333
    type "Small Node"
  ]
  node [
    id 34
    label "Michalovce"
    Country "Slovakia"
    Longitude 21.93333
    Internal 1
    Latitude 48.75
    type "Small Node"
  ]
  edge [
    source 0
    target 27
    id "e2"
  ]
  edge [
    source 1
    target 27
    id "e3"
  ]
  edge [
    source 2
    target 29
    id "e30"
  ]
  edge [
    source 3
    target 27
    id "e1"
  ]
  edge [
    source 4
    target 8
    id "e36"
  ]
  edge [
    source 4
    target 27
    id "e6"
  ]
  edge [
    source 5
    target 27
    id "e7"
  ]
  edge [
    source 6
    target 17
    id "e35"
  ]
  edge [
    source 6
    target 26
    id "e34"
  ]
  edge [
    source 6
    target 27
    id "e4"
  ]
  edge [
    source 7
    target 27
    id "e5"
  ]
  edge [
    source 9
    target 27
    id "e8"
  ]
  edge [
    source 10
    target 28
    id "e23"
  ]
  edge [
    source 11
    target 28
    id "e24"
  ]
  edge [
    source 12
    target 28
    id "e11"
  ]
  edge [
    source 13
    target 28
    id "e13"
  ]
  edge [
    source 14
    target 28
    id "e12"
  ]
  edge [
    source 15
    target 28
    id "e22"
  ]
  edge [
    source 16
    target 28
    id "e21"
  ]
  edge [
    source 17
    target 28
    id "e16"
  ]
  edge [
    source 18
    target 28
    id "e15"
  ]
  edge [
    source 19
    target 27
    id "e10"
  ]
  edge [
    source 20
    target 27
    id "e9"
  ]
  edge [
    source 21
    target 28
    id "e20"
  ]
  edge [
    source 22
    target 28
    id "e19"
  ]
  edge [
    source 23
    target 28
    id "e18"
  ]
  edge [
    source 24
    target 28
    id "e17"
  ]
  edge [
    source 25
    target 26
    id "e33"
  ]
  edge [
    source 25
    target 29
    id "e29"
  ]
  edge [
    source 26
    target 30
    id "e31"
  ]
  edge [
    source 27
    target 28
    id "e0"
  ]
  edge [
    source 28
    target 29
    id "e14"
  ]
  edge [
    source 29
    target 32
    id "e26"
  ]
  edge [
    source 29
    target 33
    id "e27"
  ]
  edge [
    source 29
    target 34
    id "e28"
  ]
  edge [
    source 29
    target 30
    id "e25"
  ]
  edge [
    source 30
    target 31
    id "e32"
  ]
]
