graph [
  DateObtained "24/10/10"
  GeoLocation "Asia-Pacific"
  GeoExtent "Continent"
  Network "Quest "
  Provenance "Secondary"
  Note "Still active?"
  Source "http://www.isp-planet.com/resources/backbones/quest.html"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Quest"
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
  Transit 1
  NetworkDate "1998"
  DateYear "1998"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Auckland 2"
    Country "New Zealand"
    Longitude 174.76667
    Internal 1
    Latitude -36.86667
  ]
  node [
    id 1
    label "Fiji"
    geocode_country "Fiji"
    Country "Fiji"
    Longitude 178.0
    Internal 1
    Latitude -18.0
  ]
  node [
    id 2
    label "Sydney 1"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 3
    label "Auckland 1"
    Country "New Zealand"
    Longitude 174.76667
    Internal 1
    Latitude -36.86667
  ]
  node [
    id 4
    label "Sacramento"
    Country "United States"
    Longitude -121.4944
    Internal 1
    Latitude 38.58157
  ]
  node [
    id 5
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 6
    label "Hawaii 1"
    Country "United States"
    Longitude -157.85833
    Internal 1
    Latitude 21.30694
  ]
  node [
    id 7
    label "Hawaii 2"
    Country "United States"
    Longitude -157.85833
    Internal 1
    Latitude 21.30694
  ]
  node [
    id 8
    label "Taiwan"
    geocode_country "Taiwan"
    Country "Taiwan"
    Longitude 121.0
    Internal 1
    Latitude 24.0
  ]
  node [
    id 9
    label "Philippines 2"
    geocode_country "Philippines"
    Country "Philippines"
    Longitude 122.0
    Internal 1
    Latitude 13.0
  ]
  node [
    id 10
    label "Melbourne"
    Country "Australia"
    Longitude 144.96332
    Internal 1
    Latitude -37.814
  ]
  node [
    id 11
    label "Sydney 2"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
  ]
  node [
    id 12
    label "Korea"
    geocode_country "Korea"
    Country "South Korea"
    Longitude 127.5
    Internal 1
    Latitude 37.0
  ]
  node [
    id 13
    label "Japan"
    geocode_country "Japan"
    Country "Japan"
    Longitude 139.75309
    Internal 1
    Latitude 35.68536
  ]
  node [
    id 14
    label "Guam"
    geocode_country "Guam"
    Country "Guam"
    Longitude 144.73667
    Internal 1
    Latitude 13.44444
  ]
  node [
    id 15
    label "Philippines 1"
    geocode_country "Philippines"
    Country "Philippines"
    Longitude 122.0
    Internal 1
    Latitude 13.0
  ]
  node [
    id 16
    label "Hong Kong"
    geocode_country "Hong Kong"
    Country "Hong Kong"
    Longitude 114.16667
    Internal 1
    Latitude 22.25
  ]
  node [
    id 17
    label "Singapore/Malaysia"
    geocode_country "Singapore"
    Country "Singapore"
    Longitude 103.8
    Internal 1
    Latitude 1.36667
  ]
  node [
    id 18
    label "Thailand"
    geocode_country "Thailand"
    Country "Thailand"
    Longitude 100.0
    Internal 1
    Latitude 15.0
  ]
  node [
    id 19
    label "Perth"
    Country "Australia"
    Longitude 115.83333
    Internal 1
    Latitude -31.93333
  ]
  edge [
    source 0
    target 11
    id "e22"
  ]
  edge [
    source 0
    target 3
    id "e24"
  ]
  edge [
    source 1
    target 2
    id "e23"
  ]
  edge [
    source 1
    target 6
    id "e26"
  ]
  edge [
    source 2
    target 10
    id "e20"
  ]
  edge [
    source 2
    target 11
    id "e21"
  ]
  edge [
    source 2
    target 14
    id "e8"
  ]
  edge [
    source 3
    target 7
    id "e25"
  ]
  edge [
    source 4
    target 13
    id "e2"
  ]
  edge [
    source 4
    target 6
    id "e27"
  ]
  edge [
    source 4
    target 5
    id "e30"
  ]
  edge [
    source 5
    target 7
    id "e29"
  ]
  edge [
    source 6
    target 13
    id "e5"
  ]
  edge [
    source 6
    target 14
    id "e9"
  ]
  edge [
    source 6
    target 7
    id "e28"
  ]
  edge [
    source 8
    target 16
    id "e15"
  ]
  edge [
    source 8
    target 12
    id "e1"
  ]
  edge [
    source 8
    target 15
    id "e13"
  ]
  edge [
    source 9
    target 16
    id "e14"
  ]
  edge [
    source 9
    target 14
    id "e10"
  ]
  edge [
    source 9
    target 15
    id "e11"
  ]
  edge [
    source 10
    target 19
    id "e19"
  ]
  edge [
    source 12
    target 13
    id "e0"
  ]
  edge [
    source 13
    target 16
    id "e4"
  ]
  edge [
    source 13
    target 14
    id "e3"
  ]
  edge [
    source 14
    target 15
    id "e6"
  ]
  edge [
    source 14
    target 17
    id "e7"
  ]
  edge [
    source 15
    target 16
    id "e12"
  ]
  edge [
    source 16
    target 17
    id "e16"
  ]
  edge [
    source 17
    target 18
    id "e17"
  ]
  edge [
    source 17
    target 19
    id "e18"
  ]
]
