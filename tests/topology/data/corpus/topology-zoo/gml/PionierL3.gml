graph [
  DateObtained "5/07/11"
  GeoLocation "Poland"
  GeoExtent "Country"
  Network "PIONIER"
  Provenance "Primary"
  Note "Some external links on left side ambigious"
  Source "http://www.man.poznan.pl/online/en/projects/69/PIONIER_Network.html"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 0
  Commercial 0
  label "PionierL3"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "07"
  LastAccess "5/07/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_07"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Warszawa"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
  ]
  node [
    id 1
    label "Radom"
    Country "Poland"
    Longitude 21.14714
    Internal 1
    Latitude 51.40253
  ]
  node [
    id 2
    label "Belarus"
    Internal 0
  ]
  node [
    id 3
    label "Bialystok"
    Country "Poland"
    Longitude 23.15
    Internal 1
    Latitude 53.13333
  ]
  node [
    id 4
    label "Lublin"
    Country "Poland"
    Longitude 22.56667
    Internal 1
    Latitude 51.25
  ]
  node [
    id 5
    label "Ukraine"
    Internal 0
  ]
  node [
    id 6
    label "Lodz"
    Country "Poland"
    Longitude 19.46667
    Internal 1
    Latitude 51.75
  ]
  node [
    id 7
    label "Pulawy"
    Country "Poland"
    Longitude 21.96939
    Internal 1
    Latitude 51.41655
  ]
  node [
    id 8
    label "Rzeszow"
    Country "Poland"
    Longitude 21.99901
    Internal 1
    Latitude 50.04132
  ]
  node [
    id 9
    label "Kielce"
    Country "Poland"
    Longitude 20.62752
    Internal 1
    Latitude 50.87033
  ]
  node [
    id 10
    label "Elblag"
    Country "Poland"
    Longitude 19.40884
    Internal 1
    Latitude 54.1522
  ]
  node [
    id 11
    label "Suwalki"
    Country "Poland"
    Longitude 22.93087
    Internal 1
    Latitude 54.11175
  ]
  node [
    id 12
    label "Sochaczew"
    Country "Poland"
    Longitude 20.23838
    Internal 1
    Latitude 52.22944
  ]
  node [
    id 13
    label "Gorzow Wlkp"
    Country "Poland"
    Longitude 15.22878
    Internal 1
    Latitude 52.73679
  ]
  node [
    id 14
    label "SURFnet/NORDUnet"
    Internal 0
  ]
  node [
    id 15
    label "DFN"
    Internal 0
  ]
  node [
    id 16
    label "GEANT3"
    Internal 0
  ]
  node [
    id 17
    label "Internet"
    Internal 0
  ]
  node [
    id 18
    label "Bielsko-Biala"
    Country "Poland"
    Longitude 19.04686
    Internal 1
    Latitude 49.82245
  ]
  node [
    id 19
    label "Zamosc"
    Country "Poland"
    Longitude 23.25196
    Internal 1
    Latitude 50.72314
  ]
  node [
    id 20
    label "Czechtochowa"
    Country "Poland"
    Longitude 19.12409
    Internal 1
    Latitude 50.79646
  ]
  node [
    id 21
    label "CESNET"
    Internal 0
  ]
  node [
    id 22
    label "SANET"
    Internal 0
  ]
  node [
    id 23
    label "Krakow"
    Country "Poland"
    Longitude 19.91667
    Internal 1
    Latitude 50.08333
  ]
  node [
    id 24
    label "Geant2/Internet"
    Internal 0
  ]
  node [
    id 25
    label "Wroclaw"
    Country "Poland"
    Longitude 17.03333
    Internal 1
    Latitude 51.1
  ]
  node [
    id 26
    label "Opole"
    Country "Poland"
    Longitude 17.95
    Internal 1
    Latitude 50.66667
  ]
  node [
    id 27
    label "Gliwice"
    Country "Poland"
    Longitude 18.66667
    Internal 1
    Latitude 50.28333
  ]
  node [
    id 28
    label "Olsztyn"
    Country "Poland"
    Longitude 20.48333
    Internal 1
    Latitude 53.78333
  ]
  node [
    id 29
    label "Lithuania"
    Internal 0
  ]
  node [
    id 30
    label "Gdansk"
    Country "Poland"
    Longitude 18.64637
    Internal 1
    Latitude 54.35205
  ]
  node [
    id 31
    label "Koszalin"
    Country "Poland"
    Longitude 16.17222
    Internal 1
    Latitude 54.19438
  ]
  node [
    id 32
    label "Szczecin"
    Country "Poland"
    Longitude 14.55302
    Internal 1
    Latitude 53.42894
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
  node [
    id 36
    label "Torun"
    Country "Poland"
    Longitude 18.59814
    Internal 1
    Latitude 53.01375
  ]
  node [
    id 37
    label "Russia"
    Internal 0
  ]
  edge [
    source 0
    target 1
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 0
    target 1
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 0
    target 1
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 0
    target 34
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 0
    target 3
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 0
    target 3
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 0
    target 6
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 1
    target 9
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 1
    target 9
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 1
    target 7
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 1
    target 7
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 2
    target 3
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 11
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 4
    target 19
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 4
    target 7
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 4
    target 7
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 5
    target 19
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 12
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 6
    target 34
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 6
    target 20
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 8
    target 19
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 8
    target 23
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 9
    target 23
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 9
    target 23
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 10
    target 28
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 10
    target 37
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 30
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 11
    target 28
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 11
    target 29
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 34
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 13
    target 32
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 13
    target 34
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 13
    target 15
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 34
    LinkLabel "4*10Gb/s"
  ]
  edge [
    source 15
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 33
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 34
    LinkLabel "10*10Gb/s"
  ]
  edge [
    source 17
    target 34
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 18
    target 27
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 18
    target 21
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 18
    target 22
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 18
    target 23
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 20
    target 27
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 24
    target 34
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 25
    target 33
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 25
    target 26
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 26
    target 27
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 30
    target 36
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 30
    target 31
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 31
    target 32
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 34
    target 35
    LinkLabel "2x10Gb/s"
  ]
  edge [
    source 35
    target 36
    LinkLabel "2x10Gb/s"
  ]
]
