graph [
  DateObtained "5/07/11"
  GeoLocation "Serbia"
  GeoExtent "Country"
  Network "AMRES"
  Provenance "Primary"
  Note "External node names from http://netiis.rcub.bg.ac.rs/netiis/NetIIS?service=main&ID=group.21361"
  Source "http://www.amres.ac.rs/index.php?option=com_content&task=view&id=25&Itemid=56&lang=ser"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 0
  Commercial 0
  label "Amres"
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
    label "Bor"
    Country "Serbia"
    Longitude 22.09528
    Internal 1
    Latitude 44.07833
    type "Small Node"
  ]
  node [
    id 1
    label "Kosovska Mitrovica"
    Internal 1
    type "Small Node"
  ]
  node [
    id 2
    label "Novi Pazar"
    Country "Serbia"
    Longitude 20.51222
    Internal 1
    Latitude 43.13667
    type "Small Node"
  ]
  node [
    id 3
    label "Krustevac"
    Country "Serbia"
    Longitude 21.33389
    Internal 1
    Latitude 43.58
    type "Small Node"
  ]
  node [
    id 4
    label "Vranje"
    Country "Serbia"
    Longitude 21.90028
    Internal 1
    Latitude 42.55139
    type "Small Node"
  ]
  node [
    id 5
    label "Nis"
    Country "Serbia"
    Longitude 21.90333
    Internal 1
    Latitude 43.32472
    type "Medium Node"
  ]
  node [
    id 6
    label "Pirot"
    Country "Serbia"
    Longitude 22.58611
    Internal 1
    Latitude 43.15306
    type "Small Node"
  ]
  node [
    id 7
    label "Leskovac"
    Country "Serbia"
    Longitude 21.94611
    Internal 1
    Latitude 42.99806
    type "Small Node"
  ]
  node [
    id 8
    label "Kragujevac"
    Country "Serbia"
    Longitude 20.91667
    Internal 1
    Latitude 44.01667
    type "Medium Node"
  ]
  node [
    id 9
    label "Novi Sad"
    Country "Serbia"
    Longitude 19.83694
    Internal 1
    Latitude 45.25167
    type "Medium Node"
  ]
  node [
    id 10
    label "Bosnia and Herzegovina"
    Internal 0
  ]
  node [
    id 11
    label "HUNGARNET"
    Internal 0
  ]
  node [
    id 12
    label "Beograd"
    Country "Serbia"
    Longitude 20.46513
    Internal 1
    Latitude 44.80401
    type "Large Node"
  ]
  node [
    id 13
    label "Pancevo"
    Country "Serbia"
    Longitude 20.64028
    Internal 1
    Latitude 44.87083
    type "Small Node"
  ]
  node [
    id 14
    label "Telekom Serbia"
    Internal 0
  ]
  node [
    id 15
    label "Kraljevo"
    Country "Serbia"
    Longitude 20.68944
    Internal 1
    Latitude 43.72583
    type "Small Node"
  ]
  node [
    id 16
    label "Raska"
    Country "Serbia"
    Longitude 20.61528
    Internal 1
    Latitude 43.28722
    type "Small Node"
  ]
  node [
    id 17
    label "Subotica"
    Country "Serbia"
    Longitude 19.66667
    Internal 1
    Latitude 46.1
    type "Small Node"
  ]
  node [
    id 18
    label "Sombor"
    Country "Serbia"
    Longitude 19.11222
    Internal 1
    Latitude 45.77417
    type "Small Node"
  ]
  node [
    id 19
    label "Zrenjanin"
    Country "Serbia"
    Longitude 20.38194
    Internal 1
    Latitude 45.38361
    type "Small Node"
  ]
  node [
    id 20
    label "Sabac"
    Country "Serbia"
    Longitude 19.69
    Internal 1
    Latitude 44.74667
    type "Small Node"
  ]
  node [
    id 21
    label "Valjevo"
    Country "Serbia"
    Longitude 19.89821
    Internal 1
    Latitude 44.27513
    type "Small Node"
  ]
  node [
    id 22
    label "Uzice"
    Country "Serbia"
    Longitude 19.84878
    Internal 1
    Latitude 43.85861
    type "Small Node"
  ]
  node [
    id 23
    label "Cacak"
    Country "Serbia"
    Longitude 20.34972
    Internal 1
    Latitude 43.89139
    type "Small Node"
  ]
  node [
    id 24
    label "Velika Plana"
    Country "Serbia"
    Longitude 21.04556
    Internal 1
    Latitude 44.33778
    type "Small Node"
  ]
  edge [
    source 0
    target 5
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 12
    LinkSpeed "2"
    LinkNote "  SHDSL"
    LinkLabel "2 Mb/s SHDSL"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 2
    target 16
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 5
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 15
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 7
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 6
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 7
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 24
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 15
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 17
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 18
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 19
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 12
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 20
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 17
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 13
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 14
    LinkSpeed "34"
    LinkNote "  Internet"
    LinkLabel "34 Mb/s Internet"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 12
    target 20
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 21
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 24
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 16
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 22
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 23
    LinkType "Fibre"
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkNote "dark   "
    LinkLabel "dark fibre 1 Gb/s"
    LinkSpeedRaw 1000000000.0
  ]
]
