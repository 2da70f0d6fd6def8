graph [
  DateObtained "2/12/10"
  GeoLocation "South Korea"
  GeoExtent "Country"
  Network "KREONET"
  Provenance "Secondary"
  Note "Ochang found as Chungbuk from http://noc.kreonet.net/english/sub02/s03_7.htm and checked with map on http://noc.kreonet.net/english/sub02/s01_3.htm Massey is Massey University in Palmerston North (in suburb of Turitea  http://weathermap.karen.net.nz/index.php?src=anx16-mup )"
  Source "http://www.nren.nasa.gov/workshops/pdfs9/PanelB_KREONet2-Lee.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Kreonet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "09"
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2006_09"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Jeonju"
    Country "South Korea"
    Longitude 127.14889
    Internal 1
    Latitude 35.82194
  ]
  node [
    id 1
    label "Jeju"
    Country "South Korea"
    Longitude 126.52194
    Internal 1
    Latitude 33.50972
  ]
  node [
    id 2
    label "Kwangju"
    Country "South Korea"
    Longitude 126.91556
    Internal 1
    Latitude 35.15472
  ]
  node [
    id 3
    label "Busan"
    Country "South Korea"
    Longitude 129.04028
    Internal 1
    Latitude 35.10278
  ]
  node [
    id 4
    label "Changwon"
    Country "South Korea"
    Longitude 128.68111
    Internal 1
    Latitude 35.22806
  ]
  node [
    id 5
    label "Seoul"
    Country "South Korea"
    Longitude 126.97783
    Internal 1
    Latitude 37.56826
  ]
  node [
    id 6
    label "Incheon"
    Country "South Korea"
    Longitude 126.73167
    Internal 1
    Latitude 37.45361
  ]
  node [
    id 7
    label "Suwon"
    Country "South Korea"
    Longitude 127.00889
    Internal 1
    Latitude 37.29111
  ]
  node [
    id 8
    label "Cheonan"
    Country "South Korea"
    Longitude 127.1522
    Internal 1
    Latitude 36.8065
  ]
  node [
    id 9
    label "Ochang"
    Country "South Korea"
    Longitude 127.49042
    Internal 1
    Latitude 35.55292
  ]
  node [
    id 10
    label "Daejeon"
    Country "South Korea"
    Longitude 127.41972
    Internal 1
    Latitude 36.32139
  ]
  node [
    id 11
    label "Pohang"
    Country "South Korea"
    Longitude 129.365
    Internal 1
    Latitude 36.03222
  ]
  node [
    id 12
    label "Daegu"
    Country "South Korea"
    Longitude 128.59111
    Internal 1
    Latitude 35.87028
  ]
  edge [
    source 0
    target 10
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "2.5"
    LinkLabel "2.5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 10
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 10
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 10
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 5
    target 10
    LinkSpeed "20"
    LinkLabel "20Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 20000000000.0
  ]
  edge [
    source 5
    target 6
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 8
    target 10
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 9
    target 10
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "5"
    LinkLabel "5Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 10
    target 12
    LinkSpeed "10"
    LinkLabel "10Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
