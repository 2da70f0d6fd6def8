graph [
  DateObtained "19/10/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Airtel"
  Provenance "Primary"
  Access 1
  Source "http://www.airtel.in/wps/wcm/connect/globalwholesale/GlobalWholesale/Global+Wholesale/Network+Maps/"
  Version "1.0"
  DateType "Dynamic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Airtel"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 1
    label "Chennai"
    Country "India"
    Longitude 80.27847
    Internal 1
    Latitude 13.08784
  ]
  node [
    id 2
    label "NYIX"
    Internal 0
  ]
  node [
    id 3
    label "LAIX"
    Internal 0
  ]
  node [
    id 4
    label "NiXI"
    Internal 0
  ]
  node [
    id 5
    label "LINX"
    Internal 0
  ]
  node [
    id 6
    label "EQUINOX IX"
    Internal 0
  ]
  node [
    id 7
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 8
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 9
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
  ]
  node [
    id 10
    label "Palermo"
    Country "Italy"
    Longitude 13.35976
    Internal 1
    Latitude 38.11582
  ]
  node [
    id 11
    label "Marseille"
    Country "France"
    Longitude 5.4
    Internal 1
    Latitude 43.3
  ]
  node [
    id 12
    label "HKIX"
    Internal 0
  ]
  node [
    id 13
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
  ]
  node [
    id 14
    label "Singapore"
    Country "Singapore"
    Longitude 103.85007
    Internal 1
    Latitude 1.28967
  ]
  node [
    id 15
    label "STIX"
    Internal 0
  ]
  edge [
    source 0
    target 1
    LinkLabel "Medium-High Bandwidth"
  ]
  edge [
    source 0
    target 1
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Medium-Low Bandwidth"
  ]
  edge [
    source 0
    target 13
    LinkLabel "Medium-High Bandwidth"
  ]
  edge [
    source 0
    target 14
    LinkLabel "Medium-High Bandwidth"
  ]
  edge [
    source 0
    target 14
    LinkLabel "Medium-High Bandwidth"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 1
    target 7
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 1
    target 7
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 1
    target 7
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 1
    target 8
    id "e7"
  ]
  edge [
    source 1
    target 9
    id "e11"
  ]
  edge [
    source 1
    target 10
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 1
    target 11
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 1
    target 13
    LinkLabel "Medium-Low Bandwidth"
  ]
  edge [
    source 1
    target 14
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 1
    target 14
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 2
    target 7
    LinkLabel "Medium-Low Bandwidth"
  ]
  edge [
    source 4
    target 9
    id "e12"
  ]
  edge [
    source 5
    target 8
    id "e8"
  ]
  edge [
    source 6
    target 14
    id "e21"
  ]
  edge [
    source 7
    target 8
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 7
    target 8
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 7
    target 8
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 7
    target 9
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 7
    target 9
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 7
    target 11
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 7
    target 14
    LinkLabel "Medium-Low Bandwidth"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Low Bandwidth"
  ]
  edge [
    source 8
    target 11
    id "e2"
  ]
  edge [
    source 8
    target 14
    id "e3"
  ]
  edge [
    source 12
    target 13
    id "e16"
  ]
  edge [
    source 13
    target 14
    LinkLabel "High Bandwidth"
  ]
  edge [
    source 14
    target 15
    id "e20"
  ]
]
