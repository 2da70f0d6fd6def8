graph [
  DateObtained "20/10/10"
  GeoLocation "Croatia"
  GeoExtent "Country"
  Network "Carnet"
  Provenance "Primary"
  Note "2 Mb/s and 4Mb/s links are indistinguishable"
  Source "http://www.carnet.hr/infrastructure"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Carnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "20/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Stara Gradnifska"
    Country "Croatia"
    Longitude 17.24667
    Internal 1
    Latitude 45.14861
    type "Smaller Centre"
  ]
  node [
    id 1
    label "Kutina"
    Country "Croatia"
    Longitude 16.78194
    Internal 1
    Latitude 45.475
    type "Smaller Centre"
  ]
  node [
    id 2
    label "Slavonski"
    Country "Croatia"
    Longitude 18.01556
    Internal 1
    Latitude 45.16028
    type "Smaller Centre"
  ]
  node [
    id 3
    label "Pozega"
    Country "Croatia"
    Longitude 17.68528
    Internal 1
    Latitude 45.34028
    type "Smaller Centre"
  ]
  node [
    id 4
    label "Gorica"
    Country "Croatia"
    Longitude 16.07556
    Internal 1
    Latitude 45.7125
    type "Smaller Centre"
  ]
  node [
    id 5
    label "Karlovac"
    Country "Croatia"
    Longitude 15.54778
    Internal 1
    Latitude 45.48722
    type "Smaller Centre"
  ]
  node [
    id 6
    label "Sisak"
    Country "Croatia"
    Longitude 16.37833
    Internal 1
    Latitude 45.46611
    type "Smaller Centre"
  ]
  node [
    id 7
    label "Petrinja"
    Country "Croatia"
    Longitude 16.29
    Internal 1
    Latitude 45.4375
    type "Smaller Centre"
  ]
  node [
    id 8
    label "Jastrebarsko"
    Country "Croatia"
    Longitude 15.64861
    Internal 1
    Latitude 45.66833
    type "Smaller Centre"
  ]
  node [
    id 9
    label "GEANT"
    Internal 0
  ]
  node [
    id 10
    label "Hvar"
    Country "Croatia"
    Longitude 16.44278
    Internal 1
    Latitude 43.1725
    type "Smaller Centre"
  ]
  node [
    id 11
    label "Dubrovnik"
    Country "Croatia"
    Longitude 18.09216
    Internal 1
    Latitude 42.64807
    type "Larger University Centre"
  ]
  node [
    id 12
    label "Rovinj"
    Country "Croatia"
    Longitude 13.64
    Internal 1
    Latitude 45.08
    type "Smaller Centre"
  ]
  node [
    id 13
    label "Visnjan"
    Country "Croatia"
    Longitude 13.72083
    Internal 1
    Latitude 45.27639
    type "Smaller Centre"
  ]
  node [
    id 14
    label "Opatija"
    Country "Croatia"
    Longitude 14.30833
    Internal 1
    Latitude 45.33917
    type "Smaller Centre"
  ]
  node [
    id 15
    label "Porec"
    Country "Croatia"
    Longitude 13.59389
    Internal 1
    Latitude 45.22583
    type "Smaller Centre"
  ]
  node [
    id 16
    label "Buje"
    Country "Croatia"
    Longitude 13.66194
    Internal 1
    Latitude 45.41
    type "Smaller Centre"
  ]
  node [
    id 17
    label "Zadar"
    Country "Croatia"
    Longitude 15.24222
    Internal 1
    Latitude 44.11972
    type "Larger University Centre"
  ]
  node [
    id 18
    label "Zenumik D"
    Country "Croatia"
    Longitude 15.38056
    Internal 1
    Latitude 44.10667
    type "Smaller Centre"
  ]
  node [
    id 19
    label "Knin"
    Country "Croatia"
    Longitude 16.2
    Internal 1
    Latitude 44.04389
    type "Smaller Centre"
  ]
  node [
    id 20
    label "Trogic"
    Country "Croatia"
    Longitude 16.25167
    Internal 1
    Latitude 43.5125
    type "Smaller Centre"
  ]
  node [
    id 21
    label "Pucisca"
    Country "Croatia"
    Longitude 16.73389
    Internal 1
    Latitude 43.34778
    type "Smaller Centre"
  ]
  node [
    id 22
    label "Solin"
    Country "Croatia"
    Longitude 16.5
    Internal 1
    Latitude 43.55
    type "Smaller Centre"
  ]
  node [
    id 23
    label "Sibenik"
    Country "Croatia"
    Longitude 15.90583
    Internal 1
    Latitude 43.72722
    type "Smaller Centre"
  ]
  node [
    id 24
    label "Pula"
    Country "Croatia"
    Longitude 13.84806
    Internal 1
    Latitude 44.86833
    type "Larger University Centre"
  ]
  node [
    id 25
    label "M. Losinj"
    Country "Croatia"
    Longitude 14.46861
    Internal 1
    Latitude 44.53056
    type "Smaller Centre"
  ]
  node [
    id 26
    label "Rijeka"
    Country "Croatia"
    Longitude 14.40917
    Internal 1
    Latitude 45.34306
    type "Larger University Centre"
  ]
  node [
    id 27
    label "Split"
    Country "Croatia"
    Longitude 16.43915
    Internal 1
    Latitude 43.50891
    type "Larger University Centre"
  ]
  node [
    id 28
    label "Cakovec"
    Country "Croatia"
    Longitude 16.43389
    Internal 1
    Latitude 46.38444
    type "Smaller Centre"
  ]
  node [
    id 29
    label "GEANT"
    Internal 0
  ]
  node [
    id 30
    label "Gospic"
    Country "Croatia"
    Longitude 15.37472
    Internal 1
    Latitude 44.54611
    type "Smaller Centre"
  ]
  node [
    id 31
    label "Otocac"
    Country "Croatia"
    Longitude 15.2375
    Internal 1
    Latitude 44.86944
    type "Smaller Centre"
  ]
  node [
    id 32
    label "Vinkovci"
    Country "Croatia"
    Longitude 18.80472
    Internal 1
    Latitude 45.28833
    type "Smaller Centre"
  ]
  node [
    id 33
    label "BIHarnet"
    Internal 0
  ]
  node [
    id 34
    label "Vukovar"
    Country "Croatia"
    Longitude 18.99972
    Internal 1
    Latitude 45.34333
    type "Smaller Centre"
  ]
  node [
    id 35
    label "Dakovo"
    Country "Croatia"
    Longitude 18.41056
    Internal 1
    Latitude 45.30833
    type "Smaller Centre"
  ]
  node [
    id 36
    label "Zagreb"
    Country "Croatia"
    Longitude 15.97798
    Internal 1
    Latitude 45.81444
    type "Larger University Centre"
  ]
  node [
    id 37
    label "Zabresic"
    Country "Croatia"
    Longitude 15.80778
    Internal 1
    Latitude 45.85639
    type "Smaller Centre"
  ]
  node [
    id 38
    label "Samobor"
    Country "Croatia"
    Longitude 15.71806
    Internal 1
    Latitude 45.80306
    type "Smaller Centre"
  ]
  node [
    id 39
    label "Varazdin"
    Country "Croatia"
    Longitude 16.33778
    Internal 1
    Latitude 46.30444
    type "Smaller Centre"
  ]
  node [
    id 40
    label "Krizevci"
    Country "Croatia"
    Longitude 16.5425
    Internal 1
    Latitude 46.02194
    type "Smaller Centre"
  ]
  node [
    id 41
    label "Bjelovar"
    Country "Croatia"
    Longitude 16.84889
    Internal 1
    Latitude 45.89861
    type "Smaller Centre"
  ]
  node [
    id 42
    label "Virovitica"
    Country "Croatia"
    Longitude 17.38389
    Internal 1
    Latitude 45.83194
    type "Smaller Centre"
  ]
  node [
    id 43
    label "Osijek"
    Country "Croatia"
    Longitude 18.69389
    Internal 1
    Latitude 45.55111
    type "Larger University Centre"
  ]
  edge [
    source 0
    target 36
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 1
    target 36
    LinkSpeed "10"
    LinkLabel "10Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 2
    target 43
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 3
    target 43
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 4
    target 36
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 36
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 6
    target 36
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 8
    target 36
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 9
    target 36
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 27
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 11
    target 27
    LinkSpeed "200"
    LinkLabel "200Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 200000000.0
  ]
  edge [
    source 12
    target 24
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 13
    target 26
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 14
    target 26
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 15
    target 26
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 16
    target 26
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 17
    target 27
    LinkSpeed "200"
    LinkLabel "200Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 200000000.0
  ]
  edge [
    source 19
    target 27
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 20
    target 27
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 21
    target 27
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 22
    target 27
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 23
    target 27
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 24
    target 26
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 25
    target 26
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 26
    target 36
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 26
    target 30
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 26
    target 31
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 27
    target 36
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 28
    target 39
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 29
    target 36
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 32
    target 34
    LinkSpeed "2"
    LinkLabel "2 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 33
    target 36
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 34
    target 43
    LinkSpeed "6"
    LinkLabel "6Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 6000000.0
  ]
  edge [
    source 35
    target 43
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 36
    target 42
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 36
    target 43
    LinkSpeed "1"
    LinkLabel "1 Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 36
    target 40
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 36
    target 41
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 36
    target 39
    LinkSpeed "1"
    LinkLabel "1Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 36
    target 38
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
  edge [
    source 36
    target 37
    LinkSpeed "4"
    LinkLabel "4Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 4000000.0
  ]
]
