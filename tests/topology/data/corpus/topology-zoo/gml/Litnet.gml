graph [
  DateObtained "22/10/10"
  GeoLocation "Lithuania"
  GeoExtent "Country"
  Network "LITNET"
  Provenance "Primary"
  Access 0
  Source "http://www.litnet.lt/litnet/schema.gif"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Litnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2009"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Zarasai"
    Country "Lithuania"
    Longitude 26.25
    Internal 1
    Latitude 55.73333
    type "PoP"
  ]
  node [
    id 1
    label "Panevezys"
    Country "Lithuania"
    Longitude 24.35
    Internal 1
    Latitude 55.73333
    type "Major City PoP"
  ]
  node [
    id 2
    label "Rokiskis"
    Country "Lithuania"
    Longitude 25.58333
    Internal 1
    Latitude 55.96667
    type "PoP"
  ]
  node [
    id 3
    label "Kupiskis"
    Country "Lithuania"
    Longitude 24.96667
    Internal 1
    Latitude 55.83333
    type "PoP"
  ]
  node [
    id 4
    label "Kelme"
    Country "Lithuania"
    Longitude 22.93417
    Internal 1
    Latitude 55.63389
    type "PoP"
  ]
  node [
    id 5
    label "Siale"
    Internal 1
    type "PoP"
  ]
  node [
    id 6
    label "Radviliskis"
    Country "Lithuania"
    Longitude 23.53333
    Internal 1
    Latitude 55.81667
    type "PoP"
  ]
  node [
    id 7
    label "Plunge"
    Country "Lithuania"
    Longitude 21.84417
    Internal 1
    Latitude 55.91139
    type "PoP"
  ]
  node [
    id 8
    label "Taurage"
    Country "Lithuania"
    Longitude 22.28972
    Internal 1
    Latitude 55.25222
    type "PoP"
  ]
  node [
    id 9
    label "Zemaiciu Naumiestis"
    Country "Lithuania"
    Longitude 21.70222
    Internal 1
    Latitude 55.35917
    type "PoP"
  ]
  node [
    id 10
    label "Prienai"
    Country "Lithuania"
    Longitude 23.95
    Internal 1
    Latitude 54.63333
    type "PoP"
  ]
  node [
    id 11
    label "Trakar"
    Country "Lithuania"
    Longitude 24.93333
    Internal 1
    Latitude 54.63333
    type "PoP"
  ]
  node [
    id 12
    label "Ignalina"
    Country "Lithuania"
    Longitude 26.16667
    Internal 1
    Latitude 55.35
    type "PoP"
  ]
  node [
    id 13
    label "Ukmerge"
    Country "Lithuania"
    Longitude 24.75
    Internal 1
    Latitude 55.25
    type "PoP"
  ]
  node [
    id 14
    label "Sirvintos"
    Country "Lithuania"
    Longitude 24.95
    Internal 1
    Latitude 55.05
    type "PoP"
  ]
  node [
    id 15
    label "Jurbarkas"
    Country "Lithuania"
    Longitude 22.76639
    Internal 1
    Latitude 55.07778
    type "PoP"
  ]
  node [
    id 16
    label "Sakiai"
    Country "Lithuania"
    Longitude 23.03583
    Internal 1
    Latitude 54.95472
    type "PoP"
  ]
  node [
    id 17
    label "Vilkaviskis"
    Country "Lithuania"
    Longitude 23.03222
    Internal 1
    Latitude 54.65167
    type "PoP"
  ]
  node [
    id 18
    label "Marijampole"
    Country "Lithuania"
    Longitude 23.35
    Internal 1
    Latitude 54.56667
    type "PoP"
  ]
  node [
    id 19
    label "Alytus"
    Country "Lithuania"
    Longitude 24.05
    Internal 1
    Latitude 54.4
    type "PoP"
  ]
  node [
    id 20
    label "Druskininkai"
    Country "Lithuania"
    Longitude 23.96667
    Internal 1
    Latitude 54.01667
    type "PoP"
  ]
  node [
    id 21
    label "Salcininkai"
    Country "Lithuania"
    Longitude 25.38333
    Internal 1
    Latitude 54.3
    type "PoP"
  ]
  node [
    id 22
    label "GEANT"
    Internal 0
  ]
  node [
    id 23
    label "Moletai"
    Country "Lithuania"
    Longitude 25.41667
    Internal 1
    Latitude 55.23333
    type "PoP"
  ]
  node [
    id 24
    label "Visaginas"
    Country "Lithuania"
    Longitude 26.41667
    Internal 1
    Latitude 55.6
    type "PoP"
  ]
  node [
    id 25
    label "Pasvalys"
    Country "Lithuania"
    Longitude 24.40361
    Internal 1
    Latitude 56.05944
    type "PoP"
  ]
  node [
    id 26
    label "Kaunas"
    Country "Lithuania"
    Longitude 23.9
    Internal 1
    Latitude 54.9
    type "Major City PoP"
  ]
  node [
    id 27
    label "Kedainiai"
    Country "Lithuania"
    Longitude 23.97472
    Internal 1
    Latitude 55.28833
    type "PoP"
  ]
  node [
    id 28
    label "Raseiniai"
    Country "Lithuania"
    Longitude 23.12167
    Internal 1
    Latitude 55.37361
    type "PoP"
  ]
  node [
    id 29
    label "Utena"
    Country "Lithuania"
    Longitude 25.6
    Internal 1
    Latitude 55.5
    type "PoP"
  ]
  node [
    id 30
    label "Anyksciai"
    Country "Lithuania"
    Longitude 25.10264
    Internal 1
    Latitude 55.52557
    type "PoP"
  ]
  node [
    id 31
    label "Jonava"
    Country "Lithuania"
    Longitude 24.28333
    Internal 1
    Latitude 55.08333
    type "PoP"
  ]
  node [
    id 32
    label "Vilnius"
    Country "Lithuania"
    Longitude 25.2798
    Internal 1
    Latitude 54.68916
    type "Major City PoP"
  ]
  node [
    id 33
    label "Klaipeda"
    Country "Lithuania"
    Longitude 21.1175
    Internal 1
    Latitude 55.71722
    type "Major City PoP"
  ]
  node [
    id 34
    label "Telsiai"
    Country "Lithuania"
    Longitude 22.24722
    Internal 1
    Latitude 55.98139
    type "PoP"
  ]
  node [
    id 35
    label "Mazeikiai"
    Country "Lithuania"
    Longitude 22.33333
    Internal 1
    Latitude 56.31667
    type "PoP"
  ]
  node [
    id 36
    label "N.Akmene"
    Internal 1
    type "PoP"
  ]
  node [
    id 37
    label "Joniskis"
    Country "Lithuania"
    Longitude 23.61528
    Internal 1
    Latitude 56.24028
    type "PoP"
  ]
  node [
    id 38
    label "Birzai"
    Country "Lithuania"
    Longitude 24.75
    Internal 1
    Latitude 56.2
    type "PoP"
  ]
  node [
    id 39
    label "Siauliai"
    Country "Lithuania"
    Longitude 23.31667
    Internal 1
    Latitude 55.93333
    type "Major City PoP"
  ]
  node [
    id 40
    label "Skoudas"
    Internal 1
    type "PoP"
  ]
  node [
    id 41
    label "Palanga"
    Country "Lithuania"
    Longitude 21.06861
    Internal 1
    Latitude 55.9175
    type "PoP"
  ]
  node [
    id 42
    label "Kretinga"
    Country "Lithuania"
    Longitude 21.25083
    Internal 1
    Latitude 55.87583
    type "PoP"
  ]
  edge [
    source 0
    target 1
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 1
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 38
    id "e3"
  ]
  edge [
    source 1
    target 39
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 24
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 1
    target 30
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 2
    target 39
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 3
    target 39
    LinkSpeed "10"
    LinkLabel "10Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 4
    target 39
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 5
    target 33
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 6
    target 39
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 7
    target 39
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 8
    target 33
    LinkSpeed "40"
    LinkLabel "40Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 40000000.0
  ]
  edge [
    source 9
    target 33
    LinkSpeed "40"
    LinkLabel "40mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 40000000.0
  ]
  edge [
    source 10
    target 26
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 11
    target 32
    LinkSpeed "20"
    LinkLabel "20mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 12
    target 32
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 13
    target 32
    LinkSpeed "20"
    LinkLabel "20mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 14
    target 32
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 15
    target 26
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 16
    target 26
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 17
    target 26
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 18
    target 26
    LinkSpeed "40"
    LinkLabel "40Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 40000000.0
  ]
  edge [
    source 19
    target 26
    LinkSpeed "60"
    LinkLabel "60Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 60000000.0
  ]
  edge [
    source 20
    target 32
    LinkSpeed "8"
    LinkLabel "8Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 21
    target 26
    LinkSpeed "8"
    LinkLabel "8Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 22
    target 26
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 23
    target 32
    LinkSpeed "8"
    LinkLabel "8Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 25
    target 32
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 26
    target 32
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 26
    target 33
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 26
    target 27
    LinkSpeed "40"
    LinkLabel "40Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 40000000.0
  ]
  edge [
    source 26
    target 28
    LinkSpeed "8"
    LinkLabel "8Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 26
    target 31
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 29
    target 32
    LinkSpeed "60"
    LinkLabel "60Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 60000000.0
  ]
  edge [
    source 32
    target 40
    LinkSpeed "8"
    LinkLabel "8Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 33
    target 39
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 33
    target 42
    LinkSpeed "40"
    LinkLabel "40Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 40000000.0
  ]
  edge [
    source 33
    target 41
    LinkSpeed "10"
    LinkLabel "10Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 35
    target 39
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 36
    target 39
    LinkSpeed "8"
    LinkLabel "8Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 37
    target 39
    LinkSpeed "20"
    LinkLabel "20Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
]
