graph [
  DateObtained "20/01/11"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "CESNET"
  Provenance "Primary"
  Access 0
  Source "http://www.ces.net/network/img/1993-cesnet.gif"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Cesnet1993"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "20/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "1993_01"
  DateYear "1993"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
  ]
  node [
    id 1
    label "Ebone"
    Internal 0
  ]
  node [
    id 2
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
  ]
  node [
    id 3
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 4
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
  ]
  node [
    id 5
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
  ]
  node [
    id 6
    label "Pardubice"
    Country "Czech Republic"
    Longitude 15.77659
    Internal 1
    Latitude 50.04075
  ]
  node [
    id 7
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
  ]
  node [
    id 8
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
  ]
  node [
    id 9
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  edge [
    source 0
    target 9
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 1
    target 3
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 3
    target 5
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 3
    target 6
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 3
    target 7
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
  edge [
    source 3
    target 9
    LinkSpeed "0.06"
    LinkLabel "0.06M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 60000.0
  ]
  edge [
    source 8
    target 9
    LinkSpeed "0.02"
    LinkLabel "0.02M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000.0
  ]
]
