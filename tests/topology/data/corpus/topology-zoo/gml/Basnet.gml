graph [
  DateObtained "20/07/11"
  GeoLocation "Belarus"
  GeoExtent "Country"
  Network "BASNET"
  Provenance "Secondary"
  Note "Topology map from page 8, English place names from page 5 of source document"
  Source "http://www.balticgrid.org/Deliverables/pdfs/BGII-DSA2-3-v1_2-IMCSUL-ReportOnExpansion.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 0
  Commercial 0
  label "Basnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "20/07/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2008"
  DateYear "2008"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Grodno"
    Country "Belarus"
    Longitude 23.83029
    Internal 1
    Latitude 53.67679
  ]
  node [
    id 1
    label "Minsk"
    Country "Belarus"
    Longitude 27.56667
    Internal 1
    Latitude 53.9
  ]
  node [
    id 2
    label "Vitebsk"
    Country "Belarus"
    Longitude 30.2033
    Internal 1
    Latitude 55.19048
  ]
  node [
    id 3
    label "Mogilev"
    Country "Belarus"
    Longitude 30.33764
    Internal 1
    Latitude 53.9141
  ]
  node [
    id 4
    label "Gomel"
    Country "Belarus"
    Longitude 30.98227
    Internal 1
    Latitude 52.43826
  ]
  node [
    id 5
    label "Brest"
    Country "Belarus"
    Longitude 23.68775
    Internal 1
    Latitude 52.09755
  ]
  node [
    id 6
    label "Pionier GEANT 2"
    Internal 0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "2"
    LinkLabel "2 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "2"
    LinkLabel "2 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 1
    target 3
    LinkSpeed "2"
    LinkLabel "2 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 1
    target 4
    LinkSpeed "2"
    LinkLabel "2 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 1
    target 5
    LinkSpeed "2"
    LinkLabel "2 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
]
