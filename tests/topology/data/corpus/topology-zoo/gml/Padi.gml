graph [
  DateObtained "22/10/10"
  GeoLocation "Palestine"
  GeoExtent "Country"
  Network "PADI2"
  Provenance "Primary"
  Note "3 nodes"
  Source "http://web.archive.org/web/20081206174517/http://www.padi2.ps/maps.php"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Padi"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2007_01"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "AQSA"
    Internal 1
    type "University"
  ]
  node [
    id 1
    label "IUG"
    Internal 1
    type "University"
  ]
  node [
    id 2
    label "HU"
    Internal 1
    type "University"
  ]
  node [
    id 3
    label "PPU"
    Internal 1
    type "University"
  ]
  node [
    id 4
    label "AZHR"
    Internal 1
    type "University"
  ]
  node [
    id 5
    label "ARIJ"
    Internal 1
    type "Research Center"
  ]
  node [
    id 6
    label "ICB"
    Internal 1
    type "Research Center"
  ]
  node [
    id 7
    label "GEANT"
    Internal 0
  ]
  node [
    id 8
    label "Annajah National Univeristy"
    Internal 1
    type "University"
  ]
  node [
    id 9
    label "AAUJ"
    Internal 1
    type "University"
  ]
  node [
    id 10
    label "BZU"
    Internal 1
    type "University"
  ]
  node [
    id 11
    label "PADI2"
    Country "Malaysia"
    Longitude 100.9299
    Internal 1
    Latitude 4.3238
    type "University"
  ]
  node [
    id 12
    label "QOU"
    Internal 1
    type "University"
  ]
  node [
    id 13
    label "AQU"
    Internal 1
    type "University"
  ]
  node [
    id 14
    label "BU"
    Internal 1
    type "University"
  ]
  edge [
    source 3
    target 11
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 7
    target 11
    LinkSpeed "45"
    LinkLabel "45Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "100"
    LinkLabel "100Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 11
    target 13
    LinkSpeed "2"
    LinkLabel "2Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 11
    target 14
    LinkLabel "planned"
    LinkStatus "Planned"
  ]
]
