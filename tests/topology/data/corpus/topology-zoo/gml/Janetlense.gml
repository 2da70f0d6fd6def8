graph [
  DateObtained "24/01/11"
  GeoLocation "Central South, UK"
  GeoExtent "Region"
  Network "Janet Lense"
  Provenance "Primary"
  Note "Additional information from http://www.lense.net.uk/index.php?option=com_content&view=article&id=51&Itemid=70 JANET local provider"
  Source "http://www.lense.net.uk/index.php?option=com_content&view=article&id=52&Itemid=73"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Janetlense"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "24/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Southampton Aggregation"
    Country "United Kingdom"
    Longitude -1.4
    Internal 1
    Latitude 50.9
    type "PoP"
  ]
  node [
    id 1
    label "Southampton"
    Country "United Kingdom"
    Longitude -1.4
    Internal 1
    Latitude 50.9
    type "PoP"
  ]
  node [
    id 2
    label "Winchester"
    Country "United Kingdom"
    Longitude -1.3187
    Internal 1
    Latitude 51.06513
    type "PoP"
  ]
  node [
    id 3
    label "Portsmouth"
    Country "United Kingdom"
    Longitude -1.07142
    Internal 1
    Latitude 50.80908
    type "PoP"
  ]
  node [
    id 4
    label "Bournemouth"
    Country "United Kingdom"
    Longitude -1.88333
    Internal 1
    Latitude 50.71667
    type "PoP"
  ]
  node [
    id 5
    label "Bere Regis Colocation"
    Country "United Kingdom"
    Longitude -2.11667
    Internal 1
    Latitude 50.68333
    type "Colocation"
  ]
  node [
    id 6
    label "Solent"
    Country "United Kingdom"
    Longitude -1.4
    Internal 1
    Latitude 50.9
    type "PoP"
  ]
  node [
    id 7
    label "Bournemouth Aggregation"
    Country "United Kingdom"
    Longitude -1.88333
    Internal 1
    Latitude 50.71667
    type "PoP"
  ]
  node [
    id 8
    label "Isle of Wight Colocation"
    Country "United Kingdom"
    Longitude -1.33333
    Internal 1
    Latitude 50.66667
    type "Colocation"
  ]
  node [
    id 9
    label "Hampton Park Colocation"
    Country "United Kingdom"
    Longitude 0.28453
    Internal 1
    Latitude 50.76871
    type "Colocation"
  ]
  node [
    id 10
    label "Wymering"
    Country "United Kingdom"
    Longitude -1.07404
    Internal 1
    Latitude 50.85164
    type "PoP"
  ]
  node [
    id 11
    label "Chichester"
    Country "United Kingdom"
    Longitude -0.78003
    Internal 1
    Latitude 50.83673
    type "PoP"
  ]
  node [
    id 12
    label "Janet SJ5"
    Internal 0
  ]
  node [
    id 13
    label "Southampton Core"
    Country "United Kingdom"
    Longitude -1.4
    Internal 1
    Latitude 50.9
    type "Core PoP"
  ]
  node [
    id 14
    label "Aldershot Core"
    Country "United Kingdom"
    Longitude -0.76667
    Internal 1
    Latitude 51.25
    type "Core PoP"
  ]
  node [
    id 15
    label "Brighton Aggregation"
    Country "United Kingdom"
    Longitude -0.13947
    Internal 1
    Latitude 50.82838
    type "PoP"
  ]
  node [
    id 16
    label "Brighton"
    Country "United Kingdom"
    Longitude -0.13947
    Internal 1
    Latitude 50.82838
    type "PoP"
  ]
  node [
    id 17
    label "Sussex"
    Country "United Kingdom"
    Longitude 0.28453
    Internal 1
    Latitude 50.76871
    type "PoP"
  ]
  node [
    id 18
    label "Surrey"
    Country "United Kingdom"
    Longitude -0.55893
    Internal 1
    Latitude 51.31903
    type "PoP"
  ]
  node [
    id 19
    label "Aldershot Aggregation"
    Country "United Kingdom"
    Longitude -0.76667
    Internal 1
    Latitude 51.25
    type "PoP"
  ]
  edge [
    source 0
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 14
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 14
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 14
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 13
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 14
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 14
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 14
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 14
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 13
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 10
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 15
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 13
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 14
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 13
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 14
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 13
    LinkType "SDH"
    LinkSpeed "10"
    LinkLabel "10 Gbps SDH"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 14
    LinkType "SDH"
    LinkSpeed "10"
    LinkLabel "10 Gbps SDH"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "10"
    LinkNote " E"
    LinkLabel "10 GE"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 15
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 16
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 17
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 18
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 19
    LinkSpeed "1"
    LinkNote "E Backup Link"
    LinkLabel "1GE Backup Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 16
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 16
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 17
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 18
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 18
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 19
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 19
    LinkSpeed "1"
    LinkNote "E Primary Link"
    LinkLabel "1GE Primary Link"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
]
