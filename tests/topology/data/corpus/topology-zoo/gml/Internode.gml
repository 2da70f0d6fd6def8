graph [
  DateObtained "12/11/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Internode"
  Provenance "Primary"
  Note "Also combined with International IP Network. Cable stations excluded."
  Source "http://www.internode.on.net/about/our_network/"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Internode"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "06"
  LastAccess "3/08/10"
  Access 1
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_06"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "mel4"
    Country "Australia"
    Longitude 144.96332
    Internal 1
    Latitude -37.814
    type "Domestic PoP"
  ]
  node [
    id 1
    label "syd6"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
    type "International Gateway PoP"
  ]
  node [
    id 2
    label "University of Adelaide"
    Internal 0
    type "Peer"
  ]
  node [
    id 3
    label "mel6"
    Country "Australia"
    Longitude 144.96332
    Internal 1
    Latitude -37.814
    type "Domestic PoP"
  ]
  node [
    id 4
    label "bne1"
    Country "Australia"
    Longitude 153.02809
    Internal 1
    Latitude -27.46794
    type "Domestic PoP"
  ]
  node [
    id 5
    label "hba1"
    Country "Australia"
    Longitude 147.32941
    Internal 1
    Latitude -42.87936
    type "Domestic PoP"
  ]
  node [
    id 6
    label "syd7"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
    type "International Gateway PoP"
  ]
  node [
    id 7
    label "bne4"
    Country "Australia"
    Longitude 153.02809
    Internal 1
    Latitude -27.46794
    type "Domestic PoP"
  ]
  node [
    id 8
    label "Sprint"
    Internal 0
    type "Peer"
  ]
  node [
    id 9
    label "Equinix"
    Internal 0
    type "Peer"
  ]
  node [
    id 10
    label "cbr1"
    Country "Australia"
    Longitude 149.12807
    Internal 1
    Latitude -35.28346
    type "Domestic PoP"
  ]
  node [
    id 11
    label "Optus"
    Internal 0
    type "Transit"
  ]
  node [
    id 12
    label "Astraweb"
    Internal 0
    type "Peer"
  ]
  node [
    id 13
    label "Google"
    Internal 0
    type "Peer"
  ]
  node [
    id 14
    label "Sprint"
    Internal 0
    type "Peer"
  ]
  node [
    id 15
    label "Equinix"
    Internal 0
    type "Peer"
  ]
  node [
    id 16
    label "sin1"
    Country "Singapore"
    Longitude 103.85007
    Internal 1
    Latitude 1.28967
    type "International Gateway PoP"
  ]
  node [
    id 17
    label "Starhub"
    Internal 0
    type "Peer"
  ]
  node [
    id 18
    label "hkg1"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
    type "International Gateway PoP"
  ]
  node [
    id 19
    label "sjc2"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
    type "International Gateway PoP"
  ]
  node [
    id 20
    label "nrt1"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
    type "International Gateway PoP"
  ]
  node [
    id 21
    label "akl1"
    Country "New Zealand"
    Longitude 174.76667
    Internal 1
    Latitude -36.86667
    type "International Gateway PoP"
  ]
  node [
    id 22
    label "Optus"
    Internal 0
    type "Transit"
  ]
  node [
    id 23
    label "PIPE Networks"
    Internal 0
    type "Peer"
  ]
  node [
    id 24
    label "iad1"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "International Gateway PoP"
  ]
  node [
    id 25
    label "lon1"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "International Gateway PoP"
  ]
  node [
    id 26
    label "NTT"
    Internal 0
    type "Transit"
  ]
  node [
    id 27
    label "Level 3"
    Internal 0
    type "Transit"
  ]
  node [
    id 28
    label "PAIX"
    Internal 0
    type "Peer"
  ]
  node [
    id 29
    label "Global Crossing"
    Internal 0
    type "Transit"
  ]
  node [
    id 30
    label "Level 3"
    Internal 0
    type "Transit"
  ]
  node [
    id 31
    label "LINX 2"
    Internal 0
    type "Peer"
  ]
  node [
    id 32
    label "LINX 1"
    Internal 0
    type "Peer"
  ]
  node [
    id 33
    label "AMS IX"
    Internal 0
    type "Peer"
  ]
  node [
    id 34
    label "Equinix"
    Internal 0
    type "Peer"
  ]
  node [
    id 35
    label "Any2"
    Internal 0
    type "Peer"
  ]
  node [
    id 36
    label "Google"
    Internal 0
    type "Peer"
  ]
  node [
    id 37
    label "NTT"
    Internal 0
    type "Transit"
  ]
  node [
    id 38
    label "Equinix"
    Internal 0
    type "Peer"
  ]
  node [
    id 39
    label "Equinix"
    Internal 0
    type "Peer"
  ]
  node [
    id 40
    label "HKIX"
    Internal 0
    type "Peer"
  ]
  node [
    id 41
    label "Equinix"
    Internal 0
    type "Peer"
  ]
  node [
    id 42
    label "NTT"
    Internal 0
    type "Transit"
  ]
  node [
    id 43
    label "NTT"
    Internal 0
    type "Transit"
  ]
  node [
    id 44
    label "JPIX"
    Internal 0
    type "Peer"
  ]
  node [
    id 45
    label "lax1"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
    type "International Gateway PoP"
  ]
  node [
    id 46
    label "Google"
    Internal 0
    type "Peer"
  ]
  node [
    id 47
    label "TransIX"
    Internal 0
    type "Peer"
  ]
  node [
    id 48
    label "PIPE Networks"
    Internal 0
    type "Peer"
  ]
  node [
    id 49
    label "PIPE Networks"
    Internal 0
    type "Peer"
  ]
  node [
    id 50
    label "AARNet"
    Internal 0
    type "Peer"
  ]
  node [
    id 51
    label "PIPE Networks"
    Internal 0
    type "Peer"
  ]
  node [
    id 52
    label "PacNet"
    Internal 0
    type "Peer"
  ]
  node [
    id 53
    label "AARNet"
    Internal 0
    type "Peer"
  ]
  node [
    id 54
    label "PIPE Networks"
    Internal 0
    type "Peer"
  ]
  node [
    id 55
    label "AARNet"
    Internal 0
    type "Peer"
  ]
  node [
    id 56
    label "AARNet"
    Internal 0
    type "Peer"
  ]
  node [
    id 57
    label "Optus"
    Internal 0
    type "Transit"
  ]
  node [
    id 58
    label "per2"
    Country "Australia"
    Longitude 115.83333
    Internal 1
    Latitude -31.93333
    type "International Gateway PoP"
  ]
  node [
    id 59
    label "per1"
    Country "Australia"
    Longitude 115.83333
    Internal 1
    Latitude -31.93333
    type "International Gateway PoP"
  ]
  node [
    id 60
    label "adl6"
    Country "Australia"
    Longitude 138.6
    Internal 1
    Latitude -34.93333
    type "Domestic PoP"
  ]
  node [
    id 61
    label "adl2"
    Country "Australia"
    Longitude 138.6
    Internal 1
    Latitude -34.93333
    type "Domestic PoP"
  ]
  node [
    id 62
    label "Global Crossing"
    Internal 0
    type "Transit"
  ]
  node [
    id 63
    label "PIPE Networks"
    Internal 0
    type "Peer"
  ]
  node [
    id 64
    label "Optus"
    Internal 0
    type "Transit"
  ]
  node [
    id 65
    label "WAIX"
    Internal 0
    type "Peer"
  ]
  edge [
    source 0
    target 11
    id "e21"
  ]
  edge [
    source 0
    target 50
    id "e22"
  ]
  edge [
    source 0
    target 3
    LinkSpeed "35"
    LinkLabel "35 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 35000000000.0
  ]
  edge [
    source 0
    target 6
    id "e23"
  ]
  edge [
    source 1
    target 3
    LinkSpeed "3.1"
    LinkLabel "3.1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3100000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "45"
    LinkLabel "45 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 45000000000.0
  ]
  edge [
    source 1
    target 7
    LinkSpeed "2.4"
    LinkLabel "2.4 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2400000000.0
  ]
  edge [
    source 1
    target 45
    LinkSpeed "4.8"
    LinkLabel "4.8 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 4800000000.0
  ]
  edge [
    source 1
    target 18
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 1
    target 19
    LinkSpeed "2.4"
    LinkLabel "2.4 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2400000000.0
  ]
  edge [
    source 1
    target 20
    LinkSpeed "1.8"
    LinkLabel "1.8 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1800000000.0
  ]
  edge [
    source 1
    target 21
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 1
    target 61
    LinkSpeed "3.1"
    LinkLabel "3.1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3100000000.0
  ]
  edge [
    source 2
    target 61
    id "e12"
  ]
  edge [
    source 3
    target 5
    LinkSpeed "622"
    LinkLabel "622Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 3
    target 5
    LinkSpeed "250"
    LinkLabel "250Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 250000000.0
  ]
  edge [
    source 3
    target 10
    id "e19"
  ]
  edge [
    source 3
    target 48
    id "e20"
  ]
  edge [
    source 3
    target 61
    LinkSpeed "1.8"
    LinkLabel "1.8 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1800000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "2"
    LinkLabel "2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 4
    target 6
    LinkSpeed "2.4"
    LinkLabel "2.4 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2400000000.0
  ]
  edge [
    source 4
    target 22
    id "e37"
  ]
  edge [
    source 4
    target 23
    id "e38"
  ]
  edge [
    source 5
    target 49
    id "e39"
  ]
  edge [
    source 6
    target 10
    LinkSpeed "1.2"
    LinkLabel "1.2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1200000000.0
  ]
  edge [
    source 6
    target 46
    id "e35"
  ]
  edge [
    source 6
    target 51
    id "e34"
  ]
  edge [
    source 6
    target 52
    id "e33"
  ]
  edge [
    source 6
    target 60
    LinkSpeed "4.8"
    LinkLabel "4.8 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 4800000000.0
  ]
  edge [
    source 8
    target 45
    id "e46"
  ]
  edge [
    source 9
    target 45
    id "e47"
  ]
  edge [
    source 10
    target 53
    id "e41"
  ]
  edge [
    source 10
    target 54
    id "e40"
  ]
  edge [
    source 10
    target 47
    id "e42"
  ]
  edge [
    source 12
    target 19
    id "e64"
  ]
  edge [
    source 13
    target 19
    id "e65"
  ]
  edge [
    source 14
    target 19
    id "e62"
  ]
  edge [
    source 15
    target 19
    id "e63"
  ]
  edge [
    source 16
    target 17
    id "e77"
  ]
  edge [
    source 16
    target 18
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 16
    target 59
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 16
    target 38
    id "e76"
  ]
  edge [
    source 16
    target 25
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 18
    target 40
    id "e54"
  ]
  edge [
    source 18
    target 37
    id "e53"
  ]
  edge [
    source 18
    target 39
    id "e55"
  ]
  edge [
    source 19
    target 43
    id "e59"
  ]
  edge [
    source 19
    target 45
    id "e52"
  ]
  edge [
    source 19
    target 20
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 19
    target 25
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 28
    id "e66"
  ]
  edge [
    source 19
    target 29
    id "e61"
  ]
  edge [
    source 19
    target 30
    id "e60"
  ]
  edge [
    source 20
    target 42
    id "e68"
  ]
  edge [
    source 20
    target 44
    id "e69"
  ]
  edge [
    source 20
    target 41
    id "e67"
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
    target 34
    id "e70"
  ]
  edge [
    source 24
    target 45
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 25
    target 32
    id "e72"
  ]
  edge [
    source 25
    target 33
    id "e75"
  ]
  edge [
    source 25
    target 45
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 25
    target 31
    id "e73"
  ]
  edge [
    source 26
    target 45
    id "e48"
  ]
  edge [
    source 27
    target 45
    id "e49"
  ]
  edge [
    source 35
    target 45
    id "e51"
  ]
  edge [
    source 36
    target 45
    id "e50"
  ]
  edge [
    source 45
    target 62
    id "e45"
  ]
  edge [
    source 55
    target 60
    id "e8"
  ]
  edge [
    source 56
    target 59
    id "e6"
  ]
  edge [
    source 57
    target 61
    id "e11"
  ]
  edge [
    source 58
    target 59
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 58
    target 61
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 59
    target 64
    id "e3"
  ]
  edge [
    source 59
    target 65
    id "e5"
  ]
  edge [
    source 59
    target 60
    id "e2"
  ]
  edge [
    source 60
    target 61
    LinkSpeed "40"
    LinkLabel "40 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 40000000000.0
  ]
  edge [
    source 60
    target 63
    id "e9"
  ]
]
