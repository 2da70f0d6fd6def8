graph [
  DateObtained "20/03/11"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "GEANT"
  Provenance "Primary"
  Note "Node classifications from http://www.geant.net/Media_Centre/Media_Library/Media%20Library/GN3-10-279_DS1.1.1,2%20Final%20GEANT%20Architecture_v1.pdf"
  Source "http://www.geant2.net/upload/pdf/GN2_Topology_Feb_09.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Geant2009"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "02"
  LastAccess "20/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2009_02"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "NL"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 1
    label "BE"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 2
    label "DK"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
  ]
  node [
    id 3
    label "PL"
    Country "Poland"
    Longitude 16.96667
    Internal 1
    Latitude 52.41667
  ]
  node [
    id 4
    label "DE"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 5
    label "CZ"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 6
    label "LU"
    Country "Luxembourg"
    Longitude 6.13
    Internal 1
    Latitude 49.61167
  ]
  node [
    id 7
    label "FR"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 8
    label "CH"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
  ]
  node [
    id 9
    label "IT"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 10
    label "GR"
    Country "Greece"
    Longitude 21.73444
    Internal 1
    Latitude 38.24444
  ]
  node [
    id 11
    label "CY"
    Country "Cyprus"
    Longitude 33.36667
    Internal 1
    Latitude 35.16667
  ]
  node [
    id 12
    label "IL"
    geocode_country "Israel"
    Country "Israel"
    Longitude 34.75
    Internal 1
    Latitude 31.5
  ]
  node [
    id 13
    label "MT"
    Country "Malta"
    Longitude 14.42556
    Internal 1
    Latitude 35.90917
  ]
  node [
    id 14
    label "TR"
    geocode_country "Turkey"
    Country "Turkey"
    Longitude 34.91155
    Internal 1
    Latitude 39.05901
  ]
  node [
    id 15
    label "RO"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
  ]
  node [
    id 16
    label "HU"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
  ]
  node [
    id 17
    label "SK"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
  ]
  node [
    id 18
    label "PT"
    Country "Portugal"
    Longitude -9.13333
    Internal 1
    Latitude 38.71667
  ]
  node [
    id 19
    label "ES"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 20
    label "BG"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
  ]
  node [
    id 21
    label "HR"
    Country "Croatia"
    Longitude 16.53917
    Internal 1
    Latitude 45.23167
  ]
  node [
    id 22
    label "SL"
    Country "Slovenia"
    Longitude 14.50513
    Internal 1
    Latitude 46.05108
  ]
  node [
    id 23
    label "AT"
    Country "Austria"
    Longitude 14.28611
    Internal 1
    Latitude 48.30639
  ]
  node [
    id 24
    label "LT"
    Country "Belarus"
    Longitude 26.8
    Internal 1
    Latitude 53.76667
  ]
  node [
    id 25
    label "RU"
    Country "Russia"
    Longitude 37.61556
    Internal 1
    Latitude 55.75222
  ]
  node [
    id 26
    label "IS"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 27
    label "IE"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
  ]
  node [
    id 28
    label "UK"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 29
    label "NO"
    Country "Finland"
    Longitude 25.46816
    Internal 1
    Latitude 65.01236
  ]
  node [
    id 30
    label "SE"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 31
    label "FI"
    Country "Finland"
    Longitude 22.26869
    Internal 1
    Latitude 60.45148
  ]
  node [
    id 32
    label "EE"
    Country "Estonia"
    Longitude 24.75353
    Internal 1
    Latitude 59.43696
  ]
  node [
    id 33
    label "LV"
    Country "Latvia"
    Longitude 24.10589
    Internal 1
    Latitude 56.946
  ]
  edge [
    source 0
    target 1
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 2
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 4
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 13
    LinkSpeed "45"
    LinkNote "34/ it/s"
    LinkLabel "34/45 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 1
    target 28
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 32
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 4
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 25
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 26
    LinkSpeed "310"
    LinkLabel "310 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 310000000.0
  ]
  edge [
    source 2
    target 29
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 30
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 24
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 5
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 5
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 6
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 8
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 12
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 25
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 5
    target 17
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 8
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 19
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 28
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 9
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 19
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 10
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 11
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 13
    LinkSpeed "45"
    LinkNote "34/ it/s"
    LinkLabel "34/45 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 9
    target 19
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 23
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 20
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 20
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 17
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 20
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 21
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 17
    target 23
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 18
    target 28
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 22
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 22
    target 23
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 24
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 27
    target 28
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 29
    target 30
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 31
    LinkType "Fibre"
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkNote "Lit  ( )"
    LinkLabel "Lit Fibre (10 Gbps)"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 32
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
