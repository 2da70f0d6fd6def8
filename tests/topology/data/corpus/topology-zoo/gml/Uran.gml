graph [
  DateObtained "20/10/10"
  GeoLocation "Ukraine"
  GeoExtent "Country"
  Network "URAN"
  Provenance "Primary"
  Access 0
  Source "http://www.uran.net.ua/~eng/frames.htm"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Uran"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Kherson"
    Country "Ukraine"
    Longitude 32.6
    Internal 1
    Latitude 46.63333
  ]
  node [
    id 1
    label "Mykolaiv"
    Country "Ukraine"
    Longitude 32.0
    Internal 1
    Latitude 46.96667
  ]
  node [
    id 2
    label "Sevastopol"
    Country "Ukraine"
    Longitude 33.5224
    Internal 1
    Latitude 44.58883
  ]
  node [
    id 3
    label "Simferopol"
    Country "Ukraine"
    Longitude 34.10558
    Internal 1
    Latitude 44.95844
  ]
  node [
    id 4
    label "Vinnitsa"
    Country "Ukraine"
    Longitude 28.48333
    Internal 1
    Latitude 49.23333
  ]
  node [
    id 5
    label "Khmelnitsky"
    Country "Ukraine"
    Longitude 27.0
    Internal 1
    Latitude 49.41667
  ]
  node [
    id 6
    label "Odessa"
    Country "Ukraine"
    Longitude 30.73262
    Internal 1
    Latitude 46.47747
  ]
  node [
    id 7
    label "Kamianets-Podilsky"
    Country "Ukraine"
    Longitude 26.56667
    Internal 1
    Latitude 48.66667
  ]
  node [
    id 8
    label "Frankfurt (Internet)"
    Internal 0
  ]
  node [
    id 9
    label "Poznan (GEANT & Internet)"
    Internal 0
  ]
  node [
    id 10
    label "Cherkassy"
    Country "Ukraine"
    Longitude 32.06667
    Internal 1
    Latitude 49.43333
  ]
  node [
    id 11
    label "Odessa-IX"
    Internal 0
  ]
  node [
    id 12
    label "Kharkiv-IX"
    Internal 0
  ]
  node [
    id 13
    label "UA-IX"
    Internal 0
  ]
  node [
    id 14
    label "Zaporizhia"
    Country "Ukraine"
    Longitude 35.18333
    Internal 1
    Latitude 47.81667
  ]
  node [
    id 15
    label "Dnipropetrovsk"
    Country "Ukraine"
    Longitude 34.98333
    Internal 1
    Latitude 48.45
  ]
  node [
    id 16
    label "Lviv"
    Country "Ukraine"
    Longitude 24.02324
    Internal 1
    Latitude 49.83826
  ]
  node [
    id 17
    label "Lutsk"
    Country "Ukraine"
    Longitude 25.33333
    Internal 1
    Latitude 50.75
  ]
  node [
    id 18
    label "Zhitomir"
    Country "Ukraine"
    Longitude 28.66667
    Internal 1
    Latitude 50.25
  ]
  node [
    id 19
    label "Kiev"
    Country "Ukraine"
    Longitude 30.5238
    Internal 1
    Latitude 50.45466
  ]
  node [
    id 20
    label "Pereyaslav"
    Country "Ukraine"
    Longitude 31.46667
    Internal 1
    Latitude 50.08333
  ]
  node [
    id 21
    label "Poltava"
    Country "Ukraine"
    Longitude 34.56667
    Internal 1
    Latitude 49.58333
  ]
  node [
    id 22
    label "Kharkiv"
    Country "Ukraine"
    Longitude 36.25
    Internal 1
    Latitude 50.0
  ]
  node [
    id 23
    label "Donetsk"
    Country "Ukraine"
    Longitude 37.8
    Internal 1
    Latitude 48.0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 3
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 1
    target 10
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 4
    target 19
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 16
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 6
    target 11
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 19
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 8
    target 19
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 16
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 19
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 22
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 19
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 15
    target 21
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 23
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 16
    target 19
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "100"
    LinkLabel "100Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 19
    target 21
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
]
