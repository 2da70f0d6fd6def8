graph [
  DateObtained "22/10/10"
  GeoLocation "Poland"
  GeoExtent "Country"
  Network "PIONIER"
  Provenance "Primary"
  Access 0
  Source "http://www.man.poznan.pl/online/en/projects/69/PIONIER_Network.html"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "PionierL1"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Layer "Fibre"
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
    label "Lithuania"
    Internal 0
  ]
  node [
    id 2
    label "Russia"
    Internal 0
  ]
  node [
    id 3
    label "Olsztyn"
    Country "Poland"
    Longitude 20.48333
    Internal 1
    Latitude 53.78333
  ]
  node [
    id 4
    label "Bialystok"
    Country "Poland"
    Longitude 23.15
    Internal 1
    Latitude 53.13333
  ]
  node [
    id 5
    label "warszawa"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
  ]
  node [
    id 6
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 7
    label "Belarus"
    Internal 0
  ]
  node [
    id 8
    label "Radom"
    Country "Poland"
    Longitude 21.14714
    Internal 1
    Latitude 51.40253
  ]
  node [
    id 9
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 10
    label "Czech Republic"
    Internal 0
  ]
  node [
    id 11
    label "Czechtochowa"
    Country "Poland"
    Longitude 19.12409
    Internal 1
    Latitude 50.79646
  ]
  node [
    id 12
    label "Gliwice"
    Country "Poland"
    Longitude 18.66667
    Internal 1
    Latitude 50.28333
  ]
  node [
    id 13
    label "Opole"
    Country "Poland"
    Longitude 17.95
    Internal 1
    Latitude 50.66667
  ]
  node [
    id 14
    label "Wroclaw"
    Country "Poland"
    Longitude 17.03333
    Internal 1
    Latitude 51.1
  ]
  node [
    id 15
    label "GEANT2"
    Internal 0
  ]
  node [
    id 16
    label "Slovenia"
    Internal 0
  ]
  node [
    id 17
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 18
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 19
    label "Lublin"
    Country "Poland"
    Longitude 22.56667
    Internal 1
    Latitude 51.25
  ]
  node [
    id 20
    label "Pulawy"
    Country "Poland"
    Longitude 21.96939
    Internal 1
    Latitude 51.41655
  ]
  node [
    id 21
    label "Lodz"
    Country "Poland"
    Longitude 19.46667
    Internal 1
    Latitude 51.75
  ]
  node [
    id 22
    label "Krakow"
    Country "Poland"
    Longitude 19.91667
    Internal 1
    Latitude 50.08333
  ]
  node [
    id 23
    label "Kielce"
    Country "Poland"
    Longitude 20.62752
    Internal 1
    Latitude 50.87033
  ]
  node [
    id 24
    label "Rzeszow"
    Country "Poland"
    Longitude 21.99901
    Internal 1
    Latitude 50.04132
  ]
  node [
    id 25
    label "Ukraine"
    Internal 0
  ]
  node [
    id 26
    label "Torun"
    Country "Poland"
    Longitude 18.59814
    Internal 1
    Latitude 53.01375
  ]
  node [
    id 27
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 28
    label "Gdansk"
    Country "Poland"
    Longitude 18.64637
    Internal 1
    Latitude 54.35205
  ]
  node [
    id 29
    label "Koszalin"
    Country "Poland"
    Longitude 16.17222
    Internal 1
    Latitude 54.19438
  ]
  node [
    id 30
    label "Szczecin"
    Country "Poland"
    Longitude 14.55302
    Internal 1
    Latitude 53.42894
  ]
  node [
    id 31
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 32
    label "Germany"
    Internal 0
  ]
  node [
    id 33
    label "Zielona gora"
    Country "Poland"
    Longitude 15.50643
    Internal 1
    Latitude 51.93548
  ]
  node [
    id 34
    label "Poznan"
    Country "Poland"
    Longitude 16.96667
    Internal 1
    Latitude 52.41667
  ]
  node [
    id 35
    label "Bydgoszcz"
    Country "Poland"
    Longitude 18.00762
    Internal 1
    Latitude 53.1235
  ]
  edge [
    source 0
    target 1
    id "e17"
  ]
  edge [
    source 0
    target 3
    id "e16"
  ]
  edge [
    source 0
    target 6
    id "e18"
  ]
  edge [
    source 2
    target 27
    id "e14"
  ]
  edge [
    source 3
    target 27
    id "e15"
  ]
  edge [
    source 4
    target 5
    id "e21"
  ]
  edge [
    source 4
    target 6
    id "e19"
  ]
  edge [
    source 5
    target 8
    id "e22"
  ]
  edge [
    source 5
    target 9
    id "e23"
  ]
  edge [
    source 6
    target 7
    id "e20"
  ]
  edge [
    source 8
    target 20
    id "e25"
  ]
  edge [
    source 8
    target 23
    id "e24"
  ]
  edge [
    source 9
    target 34
    id "e10"
  ]
  edge [
    source 9
    target 21
    id "e26"
  ]
  edge [
    source 10
    target 12
    id "e37"
  ]
  edge [
    source 11
    target 12
    id "e38"
  ]
  edge [
    source 11
    target 21
    id "e27"
  ]
  edge [
    source 12
    target 17
    id "e35"
  ]
  edge [
    source 12
    target 13
    id "e39"
  ]
  edge [
    source 13
    target 14
    id "e40"
  ]
  edge [
    source 14
    target 33
    id "e8"
  ]
  edge [
    source 15
    target 34
    id "e11"
  ]
  edge [
    source 16
    target 17
    id "e36"
  ]
  edge [
    source 17
    target 22
    id "e34"
  ]
  edge [
    source 18
    target 24
    id "e31"
  ]
  edge [
    source 18
    target 25
    id "e30"
  ]
  edge [
    source 18
    target 19
    id "e29"
  ]
  edge [
    source 19
    target 20
    id "e28"
  ]
  edge [
    source 22
    target 24
    id "e32"
  ]
  edge [
    source 22
    target 23
    id "e33"
  ]
  edge [
    source 26
    target 35
    id "e13"
  ]
  edge [
    source 26
    target 28
    id "e0"
  ]
  edge [
    source 27
    target 28
    id "e1"
  ]
  edge [
    source 28
    target 29
    id "e2"
  ]
  edge [
    source 29
    target 30
    id "e3"
  ]
  edge [
    source 30
    target 31
    id "e4"
  ]
  edge [
    source 31
    target 32
    id "e5"
  ]
  edge [
    source 31
    target 34
    id "e6"
  ]
  edge [
    source 32
    target 33
    id "e7"
  ]
  edge [
    source 33
    target 34
    id "e9"
  ]
  edge [
    source 34
    target 35
    id "e12"
  ]
]
