graph [
  DateObtained "31/01/11"
  GeoLocation "Kent, UK"
  GeoExtent "Region"
  Network "KentMan"
  Provenance "Secondary"
  Note "JANET local provider, Hard to distinguish purple 10 and 100 Mbps links"
  Source "http://replay.waybackmachine.org/20070622121309/http://www.kentman.ac.uk/kman/map.html"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "KentmanApr2007"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "04"
  LastAccess "31/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2007_04"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "UCCA-C"
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
    label "Kent Community Network (Schools, etc)"
    Internal 0
  ]
  node [
    id 11
    label "UoK-C"
    Country "United Kingdom"
    Longitude 1.06121
    Internal 1
    Latitude 51.29762
    type "PoP Site"
  ]
  node [
    id 12
    label "West Kent College"
    Country "United Kingdom"
    Longitude 0.2647
    Internal 1
    Latitude 51.18787
    type "Connected Site"
  ]
  node [
    id 13
    label "NW Kent College - Dartford"
    Country "United Kingdom"
    Longitude 0.21667
    Internal 1
    Latitude 51.45
    type "Connected Site"
  ]
  node [
    id 14
    label "KIAD-R"
    Country "United Kingdom"
    Longitude 0.51438
    Internal 1
    Latitude 51.37992
    type "Connected Site"
  ]
  node [
    id 15
    label "UoG-AH"
    Country "United Kingdom"
    Longitude 0.07703
    Internal 1
    Latitude 51.44628
    type "PoP Site"
  ]
  node [
    id 16
    label "University of Greenwich"
    geocode_append "Medway"
    Country "United Kingdom"
    Longitude 0.07703
    Internal 1
    Latitude 51.44628
    type "PoP Site"
  ]
  node [
    id 17
    label "CCCU-C"
    Country "United Kingdom"
    Longitude 1.08936
    Internal 1
    Latitude 51.27934
    type "PoP Site"
  ]
  node [
    id 18
    label "IC-Wye"
    Country "United Kingdom"
    Longitude 0.93678
    Internal 1
    Latitude 51.18249
    type "PoP Site"
  ]
  node [
    id 19
    label "EIS-Maidstone"
    Country "United Kingdom"
    Longitude 0.54953
    Internal 1
    Latitude 51.25665
    type "PoP Site"
  ]
  node [
    id 20
    label "CCCU-S"
    Country "United Kingdom"
    Longitude 0.24307
    Internal 1
    Latitude 51.15222
    type "PoP Site"
  ]
  node [
    id 21
    label "CCCU-T"
    Country "United Kingdom"
    Longitude 1.40616
    Internal 1
    Latitude 51.35895
    type "PoP Site"
  ]
  node [
    id 22
    label "Dorton College"
    Country "United Kingdom"
    Longitude 0.21928
    Internal 1
    Latitude 51.28554
    type "Connected Site"
  ]
  edge [
    source 0
    target 11
    LinkSpeed "100"
    LinkNote "LES/EES/WSES  "
    LinkLabel "LES/EES/WSES 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 1
    target 11
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 2
    target 16
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 3
    target 16
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 4
    target 18
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 5
    target 19
    LinkSpeed "100"
    LinkNote "LES/EES/WSES  "
    LinkLabel "LES/EES/WSES 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 6
    target 21
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 7
    target 21
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 8
    target 16
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 9
    target 20
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 10
    target 19
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 11
    target 16
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 11
    target 18
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 11
    target 21
    LinkSpeed "155"
    LinkNote "icrowave   AT"
    LinkLabel "Microwave 155 Mbps ATM"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 21
    LinkLabel "Back-up link via KCN2"
  ]
  edge [
    source 12
    target 20
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 13
    target 15
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 14
    target 16
    LinkSpeed "10"
    LinkNote "LES  "
    LinkLabel "LES 10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 16
    target 19
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 16
    target 22
    LinkSpeed "2"
    LinkNote "egastream "
    LinkLabel "Megastream 2Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "2"
    LinkNote "WaveStream  "
    LinkLabel "WaveStream 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "100"
    LinkNote "LES/EES/WSES  "
    LinkLabel "LES/EES/WSES 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
]
