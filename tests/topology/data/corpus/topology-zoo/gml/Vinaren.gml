graph [
  DateObtained "20/10/10"
  GeoLocation "Vietnam"
  GeoExtent "Country"
  Network "VinaREN"
  Provenance "Secondary"
  Access 0
  Source "http://www.apan.net/meetings/newzealand2008/presentations/medical/VinaREN-Updates-APAN26-nt.ppt"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Vinaren"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2009"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Hue"
    Country "Vietnam"
    Longitude 107.6
    Internal 1
    Latitude 16.46667
    type "VinaREN NOC"
  ]
  node [
    id 1
    label "VN HN"
    Country "Vietnam"
    Longitude 105.84117
    Internal 1
    Latitude 21.0245
    type "VinaREN NOC"
  ]
  node [
    id 2
    label "HCM"
    Country "Vietnam"
    Longitude 106.66667
    Internal 1
    Latitude 10.75
    type "VinaREN NOC"
  ]
  node [
    id 3
    label "DN"
    Country "Vietnam"
    Longitude 108.22083
    Internal 1
    Latitude 16.06778
    type "VinaREN NOC"
  ]
  node [
    id 4
    label "KR"
    geocode_country "Korea"
    Country "South Korea"
    Longitude 127.5
    Internal 1
    Latitude 37.0
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 5
    label "JP"
    geocode_country "Japan"
    Country "Japan"
    Longitude 139.75309
    Internal 1
    Latitude 35.68536
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 6
    label "HK"
    geocode_country "Hong Kong"
    Country "Hong Kong"
    Longitude 114.16667
    Internal 1
    Latitude 22.25
    type "TEIN 2 NOC"
  ]
  node [
    id 7
    label "CN"
    geocode_country "China"
    Country "China"
    Longitude 105.0
    Internal 1
    Latitude 35.0
    type "TEIN 2 NOC"
  ]
  node [
    id 8
    label "PH"
    geocode_country "Philippines"
    Country "Philippines"
    Longitude 122.0
    Internal 1
    Latitude 13.0
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 9
    label "Nha Trang"
    Country "Vietnam"
    Longitude 109.18333
    Internal 1
    Latitude 12.25
    type "Member Network"
  ]
  node [
    id 10
    label "Vinh"
    Country "Vietnam"
    Longitude 105.96667
    Internal 1
    Latitude 10.25
    type "Member Network"
  ]
  node [
    id 11
    label "Thai Nguyen"
    Country "Vietnam"
    Longitude 105.84417
    Internal 1
    Latitude 21.59278
    type "Member Network"
  ]
  node [
    id 12
    label "An Giang"
    Country "Vietnam"
    Longitude 105.41667
    Internal 1
    Latitude 10.38333
    type "Member Network"
  ]
  node [
    id 13
    label "Da Lat"
    Country "Vietnam"
    Longitude 108.44193
    Internal 1
    Latitude 11.94646
    type "Member Network"
  ]
  node [
    id 14
    label "Hai Phong"
    Country "Vietnam"
    Longitude 106.68222
    Internal 1
    Latitude 20.85611
    type "Member Network"
  ]
  node [
    id 15
    label "AU"
    geocode_country "Australia"
    Country "Australia"
    Longitude 135.0
    Internal 1
    Latitude -25.0
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 16
    label "CT"
    Country "Vietnam"
    Longitude 105.78333
    Internal 1
    Latitude 10.03333
    type "VinaREN NOC"
  ]
  node [
    id 17
    label "TH"
    geocode_country "Thailand"
    Country "Thailand"
    Longitude 100.0
    Internal 1
    Latitude 15.0
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 18
    label "MY"
    geocode_country "Malaysia"
    Country "Malaysia"
    Longitude 112.5
    Internal 1
    Latitude 2.5
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 19
    label "ID"
    geocode_country "Indonesia"
    Country "Indonesia"
    Longitude 120.0
    Internal 1
    Latitude -5.0
    type "TEIN 2 NREN NOC"
  ]
  node [
    id 20
    label "Abilene Internet2 USA"
    Internal 0
  ]
  node [
    id 21
    label "Internet"
    Internal 0
  ]
  node [
    id 22
    label "EU"
    Internal 0
  ]
  node [
    id 23
    label "EU"
    Internal 0
  ]
  node [
    id 24
    label "SG"
    geocode_country "Singapore"
    Country "Singapore"
    Longitude 103.8
    Internal 1
    Latitude 1.36667
    type "TEIN 2 NOC"
  ]
  edge [
    source 0
    target 3
    id "e17"
  ]
  edge [
    source 1
    target 2
    LinkLabel "155Mbs/1Gbps"
  ]
  edge [
    source 1
    target 3
    LinkSpeed "45"
    LinkLabel "45Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "155"
    LinkNote "45/ "
    LinkLabel "45/155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 10
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 1
    target 11
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 1
    target 14
    id "e22"
  ]
  edge [
    source 1
    target 21
    LinkSpeed "40"
    LinkNote "bs"
    LinkLabel "40Mpbs"
    LinkSpeedUnits "M"
    LinkSpeedRaw 40000000.0
  ]
  edge [
    source 2
    target 16
    id "e11"
  ]
  edge [
    source 2
    target 3
    LinkSpeed "45"
    LinkLabel "45 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 2
    target 13
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 3
    target 9
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 4
    target 24
    LinkSpeed "622"
    LinkLabel "622Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 24
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 5
    target 20
    id "e3"
  ]
  edge [
    source 5
    target 6
    LinkSpeed "622"
    LinkLabel "622Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 6
    target 24
    LinkSpeed "622"
    LinkLabel "622Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 7
    target 22
    LinkSpeed "2.5"
    LinkLabel "2.5Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 12
    target 16
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 15
    target 24
    LinkLabel "4x155Mbps"
  ]
  edge [
    source 17
    target 24
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 18
    target 24
    LinkSpeed "45"
    LinkLabel "45 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 19
    target 24
    LinkSpeed "45"
    LinkLabel "45Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 23
    target 24
    LinkLabel "3 x 622Mbps"
  ]
]
