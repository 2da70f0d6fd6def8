graph [
  DateObtained "20/01/11"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "CESNET"
  Provenance "Secondary"
  Note "Praha to Rez assumed as 10M also."
  Source "http://replay.waybackmachine.org/20030407110554/http://www.cesnet.cz/provoz/img/cesnet2-topo.gif"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Cesnet200304"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "04"
  LastAccess "20/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2003_04"
  DateYear "2003"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
  ]
  node [
    id 1
    label "Ceska Trebova"
    Country "Czech Republic"
    Longitude 16.44413
    Internal 1
    Latitude 49.90436
  ]
  node [
    id 2
    label "Jindrichuv Hradec"
    Country "Czech Republic"
    Longitude 15.00301
    Internal 1
    Latitude 49.14404
  ]
  node [
    id 3
    label "Pardubice"
    Country "Czech Republic"
    Longitude 15.77659
    Internal 1
    Latitude 50.04075
  ]
  node [
    id 4
    label "Vyskov"
    Country "Czech Republic"
    Longitude 16.99897
    Internal 1
    Latitude 49.27747
  ]
  node [
    id 5
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
  ]
  node [
    id 6
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
  ]
  node [
    id 7
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  node [
    id 8
    label "Breclav,Lednice"
    Country "Czech Republic"
    Longitude 16.88203
    Internal 1
    Latitude 48.75897
  ]
  node [
    id 9
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
  ]
  node [
    id 10
    label "Kostelec n C.L"
    Country "Czech Republic"
    Longitude 14.85922
    Internal 1
    Latitude 49.99403
  ]
  node [
    id 11
    label "Trebon"
    Country "Czech Republic"
    Longitude 14.77065
    Internal 1
    Latitude 49.00364
  ]
  node [
    id 12
    label "GEANT"
    Internal 0
  ]
  node [
    id 13
    label "Opava"
    Country "Czech Republic"
    Longitude 17.90257
    Internal 1
    Latitude 49.93866
  ]
  node [
    id 14
    label "Karvina"
    Country "Czech Republic"
    Longitude 18.49166
    Internal 1
    Latitude 49.84452
  ]
  node [
    id 15
    label "Kutna Hora"
    Country "Czech Republic"
    Longitude 15.26816
    Internal 1
    Latitude 49.94839
  ]
  node [
    id 16
    label "Rez"
    Country "Czech Republic"
    Longitude 14.35733
    Internal 1
    Latitude 50.17734
  ]
  node [
    id 17
    label "Tabor"
    Country "Czech Republic"
    Longitude 14.6578
    Internal 1
    Latitude 49.41441
  ]
  node [
    id 18
    label "Pisek"
    Country "Czech Republic"
    Longitude 14.1475
    Internal 1
    Latitude 49.3088
  ]
  node [
    id 19
    label "NIX"
    Internal 0
  ]
  node [
    id 20
    label "USA"
    Internal 0
  ]
  node [
    id 21
    label "Cheb"
    Country "Czech Republic"
    Longitude 12.37392
    Internal 1
    Latitude 50.07963
  ]
  node [
    id 22
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
  ]
  node [
    id 23
    label "Decin"
    Country "Czech Republic"
    Longitude 14.21478
    Internal 1
    Latitude 50.78215
  ]
  node [
    id 24
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
  ]
  node [
    id 25
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 26
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
  ]
  node [
    id 27
    label "Podebrady"
    Country "Czech Republic"
    Longitude 15.11881
    Internal 1
    Latitude 50.14242
  ]
  node [
    id 28
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
  ]
  edge [
    source 0
    target 1
    id "e24"
  ]
  edge [
    source 0
    target 26
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 3
    id "e21"
  ]
  edge [
    source 0
    target 9
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 28
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 3
    target 25
    LinkSpeed "1"
    LinkLabel "1G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 15
    LinkSpeed "10"
    LinkLabel "10M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 5
    target 6
    LinkSpeed "1"
    LinkLabel "1G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 6
    target 9
    LinkSpeed "1"
    LinkLabel "1G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 8
    LinkSpeed "10"
    LinkLabel "10M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 7
    target 25
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 28
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 9
    target 14
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 9
    target 13
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 10
    target 27
    LinkSpeed "10"
    LinkLabel "10M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 11
    target 28
    id "e20"
  ]
  edge [
    source 12
    target 25
    LinkSpeed "12"
    LinkLabel "12G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 12000000000.0
  ]
  edge [
    source 16
    target 25
    id "e14"
  ]
  edge [
    source 17
    target 25
    LinkSpeed "10"
    LinkLabel "10M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 18
    target 28
    LinkSpeed "10"
    LinkLabel "10M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 19
    target 25
    LinkSpeed "1"
    LinkLabel "1G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 20
    target 25
    LinkSpeed "622"
    LinkLabel "622M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 22
    target 24
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 22
    target 25
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 23
    target 24
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "1"
    LinkLabel "1G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 25
    target 26
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 25
    target 27
    LinkSpeed "10"
    LinkLabel "10M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 25
    target 28
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
]
