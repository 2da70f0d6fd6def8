graph [
  DateObtained "21/10/10"
  GeoLocation "Greece"
  GeoExtent "Country"
  Network "GRnet"
  Provenance "Primary"
  Note "Also uses http://mon.grnet.gr/network/maps/"
  Source "http://noc.grnet.gr/sites/default/files/images/L2-L3_20100224.jpg"
  Version "1.0"
  DateType "Dynamic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Grnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Karditsa"
    Country "Greece"
    Longitude 21.92167
    Internal 1
    Latitude 39.36556
    type "PoP"
  ]
  node [
    id 1
    label "Volos"
    Country "Greece"
    Longitude 22.94583
    Internal 1
    Latitude 39.36667
    type "PoP"
  ]
  node [
    id 2
    label "Larissa"
    Country "Greece"
    Longitude 22.42028
    Internal 1
    Latitude 39.63722
    type "PoP"
  ]
  node [
    id 3
    label "Trikala"
    Country "Greece"
    Longitude 21.7675
    Internal 1
    Latitude 39.55528
    type "PoP"
  ]
  node [
    id 4
    label "Mytilini"
    Country "Greece"
    Longitude 26.55472
    Internal 1
    Latitude 39.11
    type "PoP"
  ]
  node [
    id 5
    label "Chios"
    Country "Greece"
    Longitude 26.13583
    Internal 1
    Latitude 38.36778
    type "PoP"
  ]
  node [
    id 6
    label "Igoumenitsa"
    Country "Greece"
    Longitude 20.26556
    Internal 1
    Latitude 39.50389
    type "PoP"
  ]
  node [
    id 7
    label "Kerkira"
    Country "Greece"
    Longitude 19.91972
    Internal 1
    Latitude 39.62
    type "PoP"
  ]
  node [
    id 8
    label "Ermoupoli"
    Country "Greece"
    Longitude 24.94248
    Internal 1
    Latitude 37.44227
    type "IP Backbone Node"
  ]
  node [
    id 9
    label "Mykonos"
    Country "Greece"
    Longitude 25.32872
    Internal 1
    Latitude 37.44529
    type "PoP"
  ]
  node [
    id 10
    label "Mesologgi"
    Country "Greece"
    Longitude 21.42952
    Internal 1
    Latitude 38.37019
    type "PoP"
  ]
  node [
    id 11
    label "AMSIX"
    Internal 0
  ]
  node [
    id 12
    label "GRIX"
    Internal 0
  ]
  node [
    id 13
    label "GEANT"
    Internal 0
  ]
  node [
    id 14
    label "Chania"
    Country "Greece"
    Longitude 24.01556
    Internal 1
    Latitude 35.51222
    type "PoP"
  ]
  node [
    id 15
    label "Heraklio"
    Country "Greece"
    Longitude 25.14341
    Internal 1
    Latitude 35.32787
    type "IP Backbone Node"
  ]
  node [
    id 16
    label "Rethymno"
    Country "Greece"
    Longitude 24.47139
    Internal 1
    Latitude 35.36472
    type "PoP"
  ]
  node [
    id 17
    label "Pylos"
    Country "Greece"
    Longitude 21.69639
    Internal 1
    Latitude 36.91344
    type "PoP"
  ]
  node [
    id 18
    label "Kalamata"
    Country "Greece"
    Longitude 22.11417
    Internal 1
    Latitude 37.03889
    type "PoP"
  ]
  node [
    id 19
    label "Halkida"
    Country "Greece"
    Longitude 23.59944
    Internal 1
    Latitude 38.46361
    type "PoP"
  ]
  node [
    id 20
    label "Athens"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
    type "IP Backbone Node"
  ]
  node [
    id 21
    label "Rhodos"
    Country "Greece"
    Longitude 28.2225
    Internal 1
    Latitude 36.44083
    type "PoP"
  ]
  node [
    id 22
    label "Karlovassi"
    Country "Greece"
    Longitude 26.70444
    Internal 1
    Latitude 37.79028
    type "PoP"
  ]
  node [
    id 23
    label "Tripoli"
    Country "Greece"
    Longitude 22.37944
    Internal 1
    Latitude 37.50889
    type "PoP"
  ]
  node [
    id 24
    label "Patra"
    Country "Greece"
    Longitude 21.73444
    Internal 1
    Latitude 38.24444
    type "IP Backbone Node"
  ]
  node [
    id 25
    label "Kalavrita"
    Country "Greece"
    Longitude 22.1125
    Internal 1
    Latitude 38.03222
    type "PoP"
  ]
  node [
    id 26
    label "Korinthos"
    Country "Greece"
    Longitude 22.88333
    Internal 1
    Latitude 37.91667
    type "PoP"
  ]
  node [
    id 27
    label "Limnos"
    Country "Greece"
    Longitude 25.91222
    Internal 1
    Latitude 38.47333
    type "PoP"
  ]
  node [
    id 28
    label "Ioannina"
    Country "Greece"
    Longitude 20.85083
    Internal 1
    Latitude 39.6675
    type "IP Backbone Node"
  ]
  node [
    id 29
    label "Serres"
    Country "Greece"
    Longitude 23.54972
    Internal 1
    Latitude 41.08556
    type "PoP"
  ]
  node [
    id 30
    label "Thessaloniki"
    Country "Greece"
    Longitude 22.94389
    Internal 1
    Latitude 40.64028
    type "IP Backbone Node"
  ]
  node [
    id 31
    label "Edessa"
    Country "Greece"
    Longitude 22.04722
    Internal 1
    Latitude 40.80056
    type "PoP"
  ]
  node [
    id 32
    label "Kastoria"
    Country "Greece"
    Longitude 21.26667
    Internal 1
    Latitude 40.51667
    type "PoP"
  ]
  node [
    id 33
    label "Kavala"
    Country "Greece"
    Longitude 24.40194
    Internal 1
    Latitude 40.93972
    type "PoP"
  ]
  node [
    id 34
    label "Xanthi"
    Country "Greece"
    Longitude 24.88361
    Internal 1
    Latitude 41.14139
    type "IP Backbone Node"
  ]
  node [
    id 35
    label "Komotini"
    Country "Greece"
    Longitude 25.39639
    Internal 1
    Latitude 41.12278
    type "PoP"
  ]
  node [
    id 36
    label "Alexandroupoli"
    Country "Greece"
    Longitude 25.87444
    Internal 1
    Latitude 40.8475
    type "PoP"
  ]
  edge [
    source 0
    target 2
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 20
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 30
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 27
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
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 28
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
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
    source 8
    target 9
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 34
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 20
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 8
    target 15
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 8
    target 15
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 22
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 9
    target 22
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 24
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 20
    id "e38"
  ]
  edge [
    source 12
    target 20
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 13
    target 20
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 14
    target 20
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
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
    target 16
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 20
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 20
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 21
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 18
    target 24
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 20
    target 24
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 20
    target 24
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 20
    target 26
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 20
    target 30
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 23
    target 26
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
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
    source 24
    target 25
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 24
    target 28
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 28
    target 30
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 30
    target 34
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 30
    target 31
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
    source 33
    target 34
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 34
    target 35
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 35
    target 36
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
]
