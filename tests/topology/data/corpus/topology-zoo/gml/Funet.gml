graph [
  DateObtained "21/10/10"
  GeoLocation "Finland"
  GeoExtent "Country+"
  Network "FUNET"
  Provenance "Primary"
  Access 0
  Source "http://www.csc.fi/english/institutions/funet/status/weathermap/index_html"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Funet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Layer "Simplified Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Kouvola"
    Country "Finland"
    Longitude 26.7
    Internal 1
    Latitude 60.86667
    type "Fiber network connection sites"
  ]
  node [
    id 1
    label "Lahti"
    Country "Finland"
    Longitude 25.66151
    Internal 1
    Latitude 60.98267
    type "Fiber network connection sites"
  ]
  node [
    id 2
    label "Mikkeli"
    Country "Finland"
    Longitude 27.27227
    Internal 1
    Latitude 61.68857
    type "Fiber network connection sites"
  ]
  node [
    id 3
    label "Jyvaskyla"
    Country "Finland"
    Longitude 25.73333
    Internal 1
    Latitude 62.23333
    type "Fiber network connection sites"
  ]
  node [
    id 4
    label "Seinajoki"
    Country "Finland"
    Longitude 22.83333
    Internal 1
    Latitude 62.8
    type "Fiber network connection sites"
  ]
  node [
    id 5
    label "Pori"
    Country "Finland"
    Longitude 21.78333
    Internal 1
    Latitude 61.48333
    type "Fiber network connection sites"
  ]
  node [
    id 6
    label "Tampere"
    Country "Finland"
    Longitude 23.78712
    Internal 1
    Latitude 61.49911
    type "Fiber network connection sites"
  ]
  node [
    id 7
    label "Hameenlinna"
    Country "Finland"
    Longitude 24.46434
    Internal 1
    Latitude 60.99596
    type "Fiber network connection sites"
  ]
  node [
    id 8
    label "Rauma"
    Country "Finland"
    Longitude 21.51127
    Internal 1
    Latitude 61.12724
    type "Fiber network connection sites"
  ]
  node [
    id 9
    label "Turku"
    Country "Finland"
    Longitude 22.26869
    Internal 1
    Latitude 60.45148
    type "IP and fiber network connection sites"
  ]
  node [
    id 10
    label "Kotka"
    Country "Finland"
    Longitude 26.91667
    Internal 1
    Latitude 60.46667
    type "Fiber network connection sites"
  ]
  node [
    id 11
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
    type "IP and fiber network connection sites"
  ]
  node [
    id 12
    label "Espoo"
    Country "Finland"
    Longitude 24.6522
    Internal 1
    Latitude 60.2052
    type "IP and fiber network connection sites"
  ]
  node [
    id 13
    label "Salo"
    Country "Finland"
    Longitude 23.13333
    Internal 1
    Latitude 60.38333
    type "Fiber network connection sites"
  ]
  node [
    id 14
    label "NORDU"
    Internal 0
  ]
  node [
    id 15
    label "NORDU"
    Internal 0
  ]
  node [
    id 16
    label "Joensuu"
    Country "Finland"
    Longitude 29.76667
    Internal 1
    Latitude 62.6
    type "IP and fiber network connection sites"
  ]
  node [
    id 17
    label "Lappeenranta"
    Country "Finland"
    Longitude 28.18871
    Internal 1
    Latitude 61.05871
    type "IP and fiber network connection sites"
  ]
  node [
    id 18
    label "Oulu"
    Country "Finland"
    Longitude 25.46816
    Internal 1
    Latitude 65.01236
    type "IP and fiber network connection sites"
  ]
  node [
    id 19
    label "Haukipudas"
    Country "Finland"
    Longitude 25.35233
    Internal 1
    Latitude 65.17654
    type "Fiber network connection sites"
  ]
  node [
    id 20
    label "Rovaniemi"
    Country "Finland"
    Longitude 25.71667
    Internal 1
    Latitude 66.5
    type "IP and fiber network connection sites"
  ]
  node [
    id 21
    label "Sodankyla"
    Country "Finland"
    Longitude 26.6
    Internal 1
    Latitude 67.41667
    type "Fiber network connection sites"
  ]
  node [
    id 22
    label "Ristijavi"
    Country "Finland"
    Longitude 28.21667
    Internal 1
    Latitude 64.5
    type "Fiber network connection sites"
  ]
  node [
    id 23
    label "Kokkola"
    Country "Finland"
    Longitude 23.13066
    Internal 1
    Latitude 63.83847
    type "Fiber network connection sites"
  ]
  node [
    id 24
    label "Vaasa"
    Country "Finland"
    Longitude 21.61577
    Internal 1
    Latitude 63.096
    type "IP and fiber network connection sites"
  ]
  node [
    id 25
    label "Koupio"
    Country "Finland"
    Longitude 27.67703
    Internal 1
    Latitude 62.89238
    type "IP and fiber network connection sites"
  ]
  edge [
    source 0
    target 1
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 0
    target 10
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 0
    target 2
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 0
    target 17
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 1
    target 11
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 2
    target 25
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 2
    target 3
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 3
    target 6
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 4
    target 24
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 4
    target 5
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 5
    target 8
    id "e22"
  ]
  edge [
    source 6
    target 7
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 7
    target 12
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 8
    target 9
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 9
    target 13
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 11
    target 12
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 11
    target 12
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 11
    target 15
    id "e30"
  ]
  edge [
    source 12
    target 13
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 12
    target 14
    id "e27"
  ]
  edge [
    source 12
    target 15
    id "e26"
  ]
  edge [
    source 16
    target 17
    LinkLabel "transmission"
  ]
  edge [
    source 16
    target 25
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 18
    target 19
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 18
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 18
    target 23
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 19
    target 20
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 20
    target 21
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 20
    target 22
    LinkLabel "Transmission"
  ]
  edge [
    source 22
    target 25
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 23
    target 24
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
]
