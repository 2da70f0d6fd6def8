graph [
  DateObtained "20/01/11"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "CESNET"
  Provenance "Primary"
  Access 0
  Source "http://www.ces.net/network/img/2001-cesnet2.gif"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Cesnet2001"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "20/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2001"
  DateYear "2001"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
  ]
  node [
    id 1
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  node [
    id 2
    label "Pardubice"
    Country "Czech Republic"
    Longitude 15.77659
    Internal 1
    Latitude 50.04075
  ]
  node [
    id 3
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
  ]
  node [
    id 4
    label "Breclav,Lednice"
    Country "Czech Republic"
    Longitude 16.88203
    Internal 1
    Latitude 48.75897
  ]
  node [
    id 5
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
  ]
  node [
    id 6
    label "Vyskov"
    Country "Czech Republic"
    Longitude 16.99897
    Internal 1
    Latitude 49.27747
  ]
  node [
    id 7
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
  ]
  node [
    id 8
    label "Karvina"
    Country "Czech Republic"
    Longitude 18.49166
    Internal 1
    Latitude 49.84452
  ]
  node [
    id 9
    label "Opava"
    Country "Czech Republic"
    Longitude 17.90257
    Internal 1
    Latitude 49.93866
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
    label "Tabor"
    Country "Czech Republic"
    Longitude 14.6578
    Internal 1
    Latitude 49.41441
  ]
  node [
    id 12
    label "TEN-155"
    Internal 0
  ]
  node [
    id 13
    label "USA"
    Internal 0
  ]
  node [
    id 14
    label "Jindrichuv Hradec"
    Country "Czech Republic"
    Longitude 15.00301
    Internal 1
    Latitude 49.14404
  ]
  node [
    id 15
    label "Cheb"
    Country "Czech Republic"
    Longitude 12.37392
    Internal 1
    Latitude 50.07963
  ]
  node [
    id 16
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
  ]
  node [
    id 17
    label "Decin"
    Country "Czech Republic"
    Longitude 14.21478
    Internal 1
    Latitude 50.78215
  ]
  node [
    id 18
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
  ]
  node [
    id 19
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 20
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
  ]
  node [
    id 21
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
  ]
  node [
    id 22
    label "NIX"
    Internal 0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 5
    LinkLabel "Dashed line"
  ]
  edge [
    source 1
    target 19
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 4
    LinkSpeed "0.2"
    LinkLabel "0.2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 200000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 1
    target 7
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 2
    target 19
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 19
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 5
    target 19
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 5
    target 9
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 10
    target 19
    LinkSpeed "0.1"
    LinkLabel "0.1M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000.0
  ]
  edge [
    source 11
    target 21
    LinkSpeed "0.2"
    LinkLabel "0.2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 200000.0
  ]
  edge [
    source 12
    target 19
    LinkSpeed "45"
    LinkLabel "45M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 13
    target 19
    LinkSpeed "68"
    LinkLabel "68M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 68000000.0
  ]
  edge [
    source 14
    target 21
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "0.5"
    LinkLabel "0.5 M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 500000.0
  ]
  edge [
    source 16
    target 19
    LinkSpeed "2.5"
    LinkLabel "2.5 G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "0.2"
    LinkLabel "0.2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 200000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "34"
    LinkLabel "34M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 19
    target 21
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 19
    target 22
    LinkSpeed "100"
    LinkLabel "100M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
]
