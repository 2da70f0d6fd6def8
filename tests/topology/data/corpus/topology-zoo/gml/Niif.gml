graph [
  DateObtained "22/10/10"
  GeoLocation "Hungary"
  GeoExtent "Country"
  Network "NIIF"
  Provenance "Primary"
  Access 0
  Source "http://www.niif.hu/en/datanetwork/hbone/hbone"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Niif"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "05"
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2009_05"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Miskolc"
    Country "Hungary"
    Longitude 20.78333
    Internal 1
    Latitude 48.1
  ]
  node [
    id 1
    label "Sarospatak"
    Country "Hungary"
    Longitude 21.58333
    Internal 1
    Latitude 48.31667
  ]
  node [
    id 2
    label "Gyongyos"
    Country "Hungary"
    Longitude 19.93333
    Internal 1
    Latitude 47.78333
  ]
  node [
    id 3
    label "Eger"
    Country "Hungary"
    Longitude 20.37329
    Internal 1
    Latitude 47.90265
  ]
  node [
    id 4
    label "Godollo"
    Country "Hungary"
    Longitude 19.36667
    Internal 1
    Latitude 47.6
  ]
  node [
    id 5
    label "Jaszbereny"
    Country "Hungary"
    Longitude 19.91667
    Internal 1
    Latitude 47.5
  ]
  node [
    id 6
    label "Nyiregyhaza"
    Country "Hungary"
    Longitude 21.71671
    Internal 1
    Latitude 47.95539
  ]
  node [
    id 7
    label "Debrecen"
    Country "Hungary"
    Longitude 21.63333
    Internal 1
    Latitude 47.53333
  ]
  node [
    id 8
    label "Szolnok"
    Country "Hungary"
    Longitude 20.2
    Internal 1
    Latitude 47.18333
  ]
  node [
    id 9
    label "Kecskemet"
    Country "Hungary"
    Longitude 19.69128
    Internal 1
    Latitude 46.90618
  ]
  node [
    id 10
    label "Szekesfahervar"
    Country "Hungary"
    Longitude 18.41034
    Internal 1
    Latitude 47.18995
  ]
  node [
    id 11
    label "Veszprem"
    Country "Hungary"
    Longitude 17.91149
    Internal 1
    Latitude 47.09327
  ]
  node [
    id 12
    label "Keszthely"
    Country "Hungary"
    Longitude 17.25
    Internal 1
    Latitude 46.76667
  ]
  node [
    id 13
    label "Nagykanizsa"
    Country "Hungary"
    Longitude 16.99104
    Internal 1
    Latitude 46.45347
  ]
  node [
    id 14
    label "Zalaegerszeg"
    Country "Hungary"
    Longitude 16.84389
    Internal 1
    Latitude 46.84
  ]
  node [
    id 15
    label "Szombathely"
    Country "Hungary"
    Longitude 16.62155
    Internal 1
    Latitude 47.23088
  ]
  node [
    id 16
    label "Kaposvar"
    Country "Hungary"
    Longitude 17.8
    Internal 1
    Latitude 46.36667
  ]
  node [
    id 17
    label "Szekszard"
    Country "Hungary"
    Longitude 18.71667
    Internal 1
    Latitude 46.35
  ]
  node [
    id 18
    label "Hodmazovasarhely"
    Country "Hungary"
    Longitude 20.33333
    Internal 1
    Latitude 46.41667
  ]
  node [
    id 19
    label "Bekescsaba"
    Country "Hungary"
    Longitude 21.1
    Internal 1
    Latitude 46.68333
  ]
  node [
    id 20
    label "Szavas"
    Country "Hungary"
    Longitude 20.55
    Internal 1
    Latitude 46.86667
  ]
  node [
    id 21
    label "Dunaujvaros"
    Country "Hungary"
    Longitude 18.93333
    Internal 1
    Latitude 46.98333
  ]
  node [
    id 22
    label "Baja"
    Country "Hungary"
    Longitude 18.96667
    Internal 1
    Latitude 46.18333
  ]
  node [
    id 23
    label "Pecs"
    Country "Hungary"
    Longitude 18.23333
    Internal 1
    Latitude 46.08333
  ]
  node [
    id 24
    label "Szabadka"
    Country "Hungary"
    Longitude 21.18333
    Internal 1
    Latitude 46.58333
  ]
  node [
    id 25
    label "Szeged"
    Country "Hungary"
    Longitude 20.14824
    Internal 1
    Latitude 46.253
  ]
  node [
    id 26
    label "Mosonmagyarovar"
    Country "Hungary"
    Longitude 17.28333
    Internal 1
    Latitude 47.86667
  ]
  node [
    id 27
    label "Sopron"
    Country "Hungary"
    Longitude 16.6
    Internal 1
    Latitude 47.68333
  ]
  node [
    id 28
    label "GEANT"
    Internal 0
  ]
  node [
    id 29
    label "Salgotarjan"
    Country "Hungary"
    Longitude 19.80303
    Internal 1
    Latitude 48.09872
  ]
  node [
    id 30
    label "Vac"
    Country "Hungary"
    Longitude 19.13333
    Internal 1
    Latitude 47.78333
  ]
  node [
    id 31
    label "Esztergom"
    Country "Hungary"
    Longitude 18.75
    Internal 1
    Latitude 47.8
  ]
  node [
    id 32
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
  ]
  node [
    id 33
    label "Revkomarom"
    Country "Hungary"
    Longitude 18.11667
    Internal 1
    Latitude 47.73333
  ]
  node [
    id 34
    label "Piliscsaba"
    Country "Hungary"
    Longitude 18.83333
    Internal 1
    Latitude 47.61667
  ]
  node [
    id 35
    label "Gyor"
    Country "Hungary"
    Longitude 17.63512
    Internal 1
    Latitude 47.68333
  ]
  edge [
    source 0
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 3
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 7
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 4
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 19
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 9
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 21
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "1"
    LinkLabel "1gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 27
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 16
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "1"
    LinkLabel "1gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 27
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 16
    target 23
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 17
    target 23
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 18
    target 25
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "1"
    LinkLabel "1gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 23
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 23
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 23
    target 25
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 25
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 26
    target 35
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 27
    target 35
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 28
    target 32
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 29
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 30
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 31
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 32
    target 33
    LinkSpeed "34"
    LinkLabel "34Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 32
    target 34
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 32
    target 35
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
