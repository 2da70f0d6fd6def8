graph [
  DateObtained "31/01/11"
  GeoLocation "Kent, UK"
  GeoExtent "Region"
  Network "KentMan"
  Provenance "Secondary"
  Note "JANET local provider, Geolocation for Beacon Hill approximated"
  Source "http://replay.waybackmachine.org/20060815163251/http://www.kentman.ac.uk/kman/map.html"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "KentmanAug2005"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "31/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2005_08"
  DateYear "2005"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "KIAD-C"
    Country "United Kingdom"
    Longitude 1.09078
    Internal 1
    Latitude 51.27537
    type "Connected Site"
  ]
  node [
    id 1
    label "Canterbury College"
    Country "United Kingdom"
    Longitude 1.08782
    Internal 1
    Latitude 51.27402
    type "Connected Site"
  ]
  node [
    id 2
    label "Medway ACL"
    Country "United Kingdom"
    Longitude 0.54627
    Internal 1
    Latitude 51.38633
    type "Connected Site"
  ]
  node [
    id 3
    label "Mid Kent College"
    Country "United Kingdom"
    Longitude 0.54608
    Internal 1
    Latitude 51.39485
    type "Connected Site"
  ]
  node [
    id 4
    label "South Kent College - Ashford"
    Country "United Kingdom"
    Longitude 0.86101
    Internal 1
    Latitude 51.13959
    type "Connected Site"
  ]
  node [
    id 5
    label "KIAD-O"
    Country "United Kingdom"
    Longitude 0.49799
    Internal 1
    Latitude 51.27115
    type "Connected Site"
  ]
  node [
    id 6
    label "Thanet College"
    Country "United Kingdom"
    Longitude 1.43483
    Internal 1
    Latitude 51.35426
    type "Connected Site"
  ]
  node [
    id 7
    label "Hilderstone College"
    Country "United Kingdom"
    Longitude 1.43006
    Internal 1
    Latitude 51.36106
    type "Connected Site"
  ]
  node [
    id 8
    label "Kent ACL"
    Country "United Kingdom"
    Longitude 0.52191
    Internal 1
    Latitude 51.27631
    type "Connected Site"
  ]
  node [
    id 9
    label "Hadlow College"
    Country "United Kingdom"
    Longitude 0.33333
    Internal 1
    Latitude 51.21667
    type "Connected Site"
  ]
  node [
    id 10
    label "NTL-Wye"
    Country "United Kingdom"
    Longitude 0.93678
    Internal 1
    Latitude 51.18249
    type "Radio Mast"
  ]
  node [
    id 11
    label "Cranbrook"
    Country "United Kingdom"
    Longitude 0.53333
    Internal 1
    Latitude 51.08333
  ]
  node [
    id 12
    label "Tonbridge"
    Country "United Kingdom"
    Longitude 0.28333
    Internal 1
    Latitude 51.18333
    type "Radio Mast"
  ]
  node [
    id 13
    label "West Kent College"
    Country "United Kingdom"
    Longitude 0.2647
    Internal 1
    Latitude 51.18787
    type "Connected Site"
  ]
  node [
    id 14
    label "UoK-C"
    Country "United Kingdom"
    Longitude 1.06121
    Internal 1
    Latitude 51.29762
    type "PoP Site"
  ]
  node [
    id 15
    label "Blue Bell Hill"
    Country "United Kingdom"
    Longitude 0.5046
    Internal 1
    Latitude 51.33265
    type "Radio Mast"
  ]
  node [
    id 16
    label "Beacon Hill"
    Country "United Kingdom"
    Longitude 0.43333
    Internal 1
    Latitude 51.4
    type "Radio Mast"
  ]
  node [
    id 17
    label "Dunkirk"
    Country "United Kingdom"
    Longitude 0.97929
    Internal 1
    Latitude 51.29169
    type "Radio Mast"
  ]
  node [
    id 18
    label "NW Kent College - Dartford"
    Country "United Kingdom"
    Longitude 0.21667
    Internal 1
    Latitude 51.45
    type "Connected Site"
  ]
  node [
    id 19
    label "KIAD-R"
    Country "United Kingdom"
    Longitude 0.51438
    Internal 1
    Latitude 51.37992
    type "Connected Site"
  ]
  node [
    id 20
    label "UoG-AH"
    Country "United Kingdom"
    Longitude 0.07703
    Internal 1
    Latitude 51.44628
    type "PoP Site"
  ]
  node [
    id 21
    label "University of Greenwich"
    geocode_append "Medway"
    Country "United Kingdom"
    Longitude 0.07703
    Internal 1
    Latitude 51.44628
    type "PoP Site"
  ]
  node [
    id 22
    label "CCCU-C"
    Country "United Kingdom"
    Longitude 1.08936
    Internal 1
    Latitude 51.27934
    type "PoP Site"
  ]
  node [
    id 23
    label "IC-Wye"
    Country "United Kingdom"
    Longitude 0.93678
    Internal 1
    Latitude 51.18249
    type "PoP Site"
  ]
  node [
    id 24
    label "EIS-Maidstone"
    Country "United Kingdom"
    Longitude 0.54953
    Internal 1
    Latitude 51.25665
    type "PoP Site"
  ]
  node [
    id 25
    label "CCCU-S"
    Country "United Kingdom"
    Longitude 0.24307
    Internal 1
    Latitude 51.15222
    type "PoP Site"
  ]
  node [
    id 26
    label "CCCU-T"
    Country "United Kingdom"
    Longitude 1.40616
    Internal 1
    Latitude 51.35895
    type "PoP Site"
  ]
  node [
    id 27
    label "Dorton College"
    Country "United Kingdom"
    Longitude 0.21928
    Internal 1
    Latitude 51.28554
    type "Connected Site"
  ]
  edge [
    source 0
    target 14
    LinkSpeed "34"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 34 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 1
    target 14
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 3
    target 21
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 4
    target 23
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 5
    target 15
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 6
    target 26
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 7
    target 14
    LinkSpeed "2"
    LinkNote "egastream "
    LinkLabel "Megastream 2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 8
    target 21
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 9
    target 12
    LinkSpeed "2"
    LinkNote "egastream "
    LinkLabel "Megastream 2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 23
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 15
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 12
    target 25
    LinkSpeed "2"
    LinkNote "egastream "
    LinkLabel "Megastream 2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 13
    target 25
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 14
    target 17
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 14
    target 21
    LinkSpeed "1"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 26
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 15
    target 25
    LinkSpeed "34"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 34 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 15
    target 21
    LinkType "ATM"
    LinkSpeed "155"
    LinkSpeedUnits "M"
    LinkNote "LES   AT"
    LinkLabel "LES 155 Mbps ATM"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 17
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 19
    LinkSpeed "34"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 34 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 16
    target 21
    LinkType "ATM"
    LinkSpeed "155"
    LinkSpeedUnits "M"
    LinkNote "LES   AT"
    LinkLabel "LES 155 Mbps ATM"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 18
    target 20
    LinkSpeed "10"
    LinkNote "LES "
    LinkLabel "LES 10Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 20
    target 21
    LinkSpeed "1"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 24
    LinkSpeed "1"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 25
    LinkSpeed "2"
    LinkNote "egastream "
    LinkLabel "Megastream 2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 21
    target 27
    LinkSpeed "2"
    LinkNote "egastream "
    LinkLabel "Megastream 2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 22
    target 23
    LinkType "ATM"
    LinkSpeed "155"
    LinkSpeedUnits "M"
    LinkNote "LES   AT"
    LinkLabel "LES 155 Mbps ATM"
    LinkSpeedRaw 155000000.0
  ]
]
