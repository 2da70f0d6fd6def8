graph [
  DateObtained "11/07/11"
  GeoLocation "Switzerland"
  GeoExtent "Country"
  Network "SWITCH"
  Provenance "Primary"
  Access 0
  Source "http://www.switch.ch/network/operation/weathermap/"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 0
  Commercial 0
  label "SwitchL3"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "11/07/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Fribourg"
    Country "Switzerland"
    Longitude 7.15128
    Internal 1
    Latitude 46.80237
  ]
  node [
    id 1
    label "Basel"
    Country "Switzerland"
    Longitude 7.57327
    Internal 1
    Latitude 47.5584
  ]
  node [
    id 2
    label "Delemont"
    Country "Switzerland"
    Longitude 7.34453
    Internal 1
    Latitude 47.36493
  ]
  node [
    id 3
    label "Bern"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
  ]
  node [
    id 4
    label "Kreuzlingen"
    Country "Switzerland"
    Longitude 9.18333
    Internal 1
    Latitude 47.65
  ]
  node [
    id 5
    label "St. Gallen"
    Country "Switzerland"
    Longitude 9.37477
    Internal 1
    Latitude 47.42391
  ]
  node [
    id 6
    label "Villigen PSI"
    Country "Switzerland"
    Longitude 8.21486
    Internal 1
    Latitude 47.52682
  ]
  node [
    id 7
    label "Zurich (ETH)"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 8
    label "Buchs SG"
    Country "Switzerland"
    Longitude 8.07375
    Internal 1
    Latitude 47.38789
  ]
  node [
    id 9
    label "Chur"
    Country "Switzerland"
    Longitude 9.53287
    Internal 1
    Latitude 46.84986
  ]
  node [
    id 10
    label "GBLX"
    Internal 0
  ]
  node [
    id 11
    label "Swisscom"
    Internal 0
  ]
  node [
    id 12
    label "Swisscom"
    Internal 0
  ]
  node [
    id 13
    label "TELIA"
    Internal 0
  ]
  node [
    id 14
    label "SwissIX"
    Internal 0
  ]
  node [
    id 15
    label "TIX"
    Internal 0
  ]
  node [
    id 16
    label "BelWue"
    Internal 0
  ]
  node [
    id 17
    label "CERN"
    Internal 0
  ]
  node [
    id 18
    label "CIXP"
    Internal 0
  ]
  node [
    id 19
    label "AMS-IX"
    Internal 0
  ]
  node [
    id 20
    label "SwissIX"
    Internal 0
  ]
  node [
    id 21
    label "GEANT2"
    Internal 0
  ]
  node [
    id 22
    label "Neuchatel"
    Country "Switzerland"
    Longitude 6.931
    Internal 1
    Latitude 46.99179
  ]
  node [
    id 23
    label "IXEurope Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 24
    label "Brig"
    Country "Switzerland"
    Longitude 7.98333
    Internal 1
    Latitude 46.31667
  ]
  node [
    id 25
    label "Martigny"
    Country "Switzerland"
    Longitude 7.07245
    Internal 1
    Latitude 46.10276
  ]
  node [
    id 26
    label "Grenchen"
    Country "Switzerland"
    Longitude 7.39586
    Internal 1
    Latitude 47.1921
  ]
  node [
    id 27
    label "Davos"
    Country "Switzerland"
    Longitude 9.83723
    Internal 1
    Latitude 46.80429
  ]
  node [
    id 28
    label "Liechtenstein"
    geocode_country "Liechtenstein"
    Country "Liechtenstein"
    Longitude 9.53333
    Internal 1
    Latitude 47.16667
  ]
  node [
    id 29
    label "Rapperswil"
    Country "Switzerland"
    Longitude 8.82228
    Internal 1
    Latitude 47.22557
  ]
  node [
    id 30
    label "Manno"
    Country "Switzerland"
    Longitude 8.91892
    Internal 1
    Latitude 46.03475
  ]
  node [
    id 31
    label "Zurich (University)"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 32
    label "Horw"
    Country "Switzerland"
    Longitude 8.30956
    Internal 1
    Latitude 47.01692
  ]
  node [
    id 33
    label "Brugg"
    Country "Switzerland"
    Longitude 7.27887
    Internal 1
    Latitude 47.1237
  ]
  node [
    id 34
    label "CERN"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 35
    label "Lausanne (University)"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 36
    label "Geneva"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 37
    label "Lausanne (EPFL)"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 38
    label "Yverdon"
    Country "Switzerland"
    Longitude 6.64115
    Internal 1
    Latitude 46.77852
  ]
  node [
    id 39
    label "Birmensdorf"
    Country "Switzerland"
    Longitude 8.44256
    Internal 1
    Latitude 47.35515
  ]
  node [
    id 40
    label "Rueschlikon"
    Country "Switzerland"
    Longitude 8.55135
    Internal 1
    Latitude 47.30688
  ]
  node [
    id 41
    label "Winterthur"
    Country "Switzerland"
    Longitude 8.75
    Internal 1
    Latitude 47.5
  ]
  edge [
    source 0
    target 35
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 3
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 33
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 3
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 7
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 20
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 2
    target 22
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 35
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 30
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 16
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 31
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 28
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 41
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 32
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 35
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 39
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 41
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 29
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 30
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 9
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 27
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 28
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 27
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 29
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 34
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 34
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 17
    target 34
    LinkSpeed "20"
    LinkLabel "20 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 20000000000.0
  ]
  edge [
    source 18
    target 34
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 34
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 21
    target 34
    LinkSpeed "20"
    LinkLabel "20 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 20000000000.0
  ]
  edge [
    source 22
    target 37
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 26
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 38
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 31
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 23
    target 40
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 24
    target 30
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 25
    target 37
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 26
    target 31
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 30
    target 32
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 30
    target 37
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 31
    target 33
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 31
    target 34
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 31
    target 37
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 34
    target 35
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 34
    target 36
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 34
    target 37
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 35
    target 37
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 36
    target 37
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 37
    target 38
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 39
    target 40
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
]
