graph [
  DateObtained "22/10/10"
  GeoLocation "Japan"
  GeoExtent "Country"
  Network "JGN2plus-Japan"
  Provenance "Primary"
  Note "National links have capacity between 1Gb/s to 20Gb/s"
  Source "http://www.jgn.nict.go.jp/english/about_us/nw.html"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Jgn2Plus"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2009"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Chugoku"
    Country "Japan"
    Longitude 133.0
    Internal 1
    Latitude 34.5
  ]
  node [
    id 1
    label "Kinki"
    Country "Japan"
    Longitude 135.5
    Internal 1
    Latitude 35.0
  ]
  node [
    id 2
    label "Kyushu"
    Country "Japan"
    Longitude 131.0
    Internal 1
    Latitude 33.0
  ]
  node [
    id 3
    label "Shikoku"
    Country "Japan"
    Longitude 133.5
    Internal 1
    geocode_id "1852487"
    Latitude 33.75
  ]
  node [
    id 4
    label "Shinetsu"
    Country "Japan"
    Longitude 145.13197
    Internal 1
    Latitude 43.65899
  ]
  node [
    id 5
    label "Busan"
    Internal 0
  ]
  node [
    id 6
    label "Tokai"
    Country "Japan"
    Longitude 136.89846
    Internal 1
    Latitude 35.02676
  ]
  node [
    id 7
    label "Hokuriku"
    Country "Japan"
    Longitude 137.5
    Internal 1
    Latitude 37.0
  ]
  node [
    id 8
    label "Hongkong"
    Internal 0
  ]
  node [
    id 9
    label "Okinawa"
    Country "Japan"
    Longitude 127.80139
    Internal 1
    Latitude 26.33583
  ]
  node [
    id 10
    label "Hokkaido"
    Country "Japan"
    Longitude 141.34694
    Internal 1
    Latitude 43.06417
  ]
  node [
    id 11
    label "Tohoku"
    Country "Japan"
    Longitude 140.87194
    Internal 1
    Latitude 38.26889
  ]
  node [
    id 12
    label "Tokyo"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
  ]
  node [
    id 13
    label "Chicago"
    Internal 0
  ]
  node [
    id 14
    label "Los Angeles"
    Internal 0
  ]
  node [
    id 15
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 16
    label "Singapore"
    Internal 0
  ]
  node [
    id 17
    label "Bangkok"
    Internal 0
  ]
  edge [
    source 0
    target 1
    id "e15"
  ]
  edge [
    source 0
    target 2
    id "e12"
  ]
  edge [
    source 1
    target 3
    id "e14"
  ]
  edge [
    source 1
    target 6
    id "e16"
  ]
  edge [
    source 2
    target 9
    id "e11"
  ]
  edge [
    source 2
    target 5
    id "e13"
  ]
  edge [
    source 4
    target 12
    id "e8"
  ]
  edge [
    source 6
    target 12
    id "e6"
  ]
  edge [
    source 7
    target 12
    id "e7"
  ]
  edge [
    source 8
    target 12
    id "e5"
  ]
  edge [
    source 10
    target 11
    id "e0"
  ]
  edge [
    source 11
    target 12
    id "e1"
  ]
  edge [
    source 12
    target 15
    id "e2"
  ]
  edge [
    source 12
    target 16
    id "e3"
  ]
  edge [
    source 12
    target 17
    id "e4"
  ]
  edge [
    source 13
    target 15
    id "e9"
  ]
  edge [
    source 14
    target 15
    id "e10"
  ]
]
