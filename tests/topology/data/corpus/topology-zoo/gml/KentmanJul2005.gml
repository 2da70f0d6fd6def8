graph [
  DateObtained "31/01/11"
  GeoLocation "Kent, UK"
  GeoExtent "Region"
  Network "KentMan"
  Provenance "Secondary"
  Note "JANET local provider, Geolocation for Beacon Hill approximated"
  Source "http://replay.waybackmachine.org/20050206124154/http://www.kentman.ac.uk/kman/map.html"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "KentmanJul2005"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "07"
  LastAccess "31/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2005_07"
  DateYear "2005"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Blue Bell Hill"
    Country "United Kingdom"
    Longitude 0.5046
    Internal 1
    Latitude 51.33265
    type "Radio Mast"
  ]
  node [
    id 1
    label "Wye"
    Country "United Kingdom"
    Longitude 0.93678
    Internal 1
    Latitude 51.18249
    type "HE/FE site"
  ]
  node [
    id 2
    label "Dunkirk"
    Country "United Kingdom"
    Longitude 0.97929
    Internal 1
    Latitude 51.29169
    type "Radio Mast"
  ]
  node [
    id 3
    label "Beacon Hill"
    Country "United Kingdom"
    Longitude 0.43333
    Internal 1
    Latitude 51.4
    type "Radio Mast"
  ]
  node [
    id 4
    label "Kent"
    Country "United Kingdom"
    Longitude 1.07992
    Internal 1
    Latitude 51.27904
    type "HE/FE site"
  ]
  node [
    id 5
    label "Horsted"
    Country "United Kingdom"
    Longitude 0.52786
    Internal 1
    Latitude 51.37891
    type "HE/FE site"
  ]
  node [
    id 6
    label "Cranbrook"
    Country "United Kingdom"
    Longitude 0.53333
    Internal 1
    Latitude 51.08333
    type "Radio Mast"
  ]
  node [
    id 7
    label "NTL-Wye"
    Country "United Kingdom"
    Longitude 0.93678
    Internal 1
    Latitude 51.18249
    type "Radio Mast"
  ]
  node [
    id 8
    label "University of Greenwich"
    geocode_append "Medway"
    Country "United Kingdom"
    Longitude 0.07703
    Internal 1
    Latitude 51.44628
    type "HE/FE site"
  ]
  node [
    id 9
    label "CCCU-C"
    Country "United Kingdom"
    Longitude 1.08936
    Internal 1
    Latitude 51.27934
    type "HE/FE site"
  ]
  node [
    id 10
    label "CCCU-S"
    Country "United Kingdom"
    Longitude 0.24307
    Internal 1
    Latitude 51.15222
    type "HE/FE site"
  ]
  node [
    id 11
    label "CCCU-T"
    Country "United Kingdom"
    Longitude 1.40616
    Internal 1
    Latitude 51.35895
    type "HE/FE site"
  ]
  node [
    id 12
    label "KIAD-R"
    Country "United Kingdom"
    Longitude 0.51438
    Internal 1
    Latitude 51.37992
    type "HE/FE site"
  ]
  node [
    id 13
    label "KIAD-C"
    Country "United Kingdom"
    Longitude 1.09078
    Internal 1
    Latitude 51.27537
    type "HE/FE site"
  ]
  node [
    id 14
    label "KIAD-M"
    Country "United Kingdom"
    Longitude 0.49799
    Internal 1
    Latitude 51.27115
    type "HE/FE site"
  ]
  node [
    id 15
    label "Tonbridge"
    Country "United Kingdom"
    Longitude 0.28333
    Internal 1
    Latitude 51.18333
    type "Radio Mast"
  ]
  edge [
    source 0
    target 3
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 5
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 0
    target 6
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 8
    LinkSpeed "155"
    LinkNote "  LES"
    LinkLabel "155 Mbps LES"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 14
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 0
    target 15
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 1
    target 4
    LinkSpeed "155"
    LinkNote "  LES"
    LinkLabel "155 Mbps LES"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 7
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 4
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 8
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 12
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 4
    target 11
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 4
    target 13
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 4
    target 9
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "155"
    LinkNote "  radio"
    LinkLabel "155 Mbps radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 15
    LinkSpeed "34"
    LinkNote "  Radio"
    LinkLabel "34 Mbps Radio"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
]
