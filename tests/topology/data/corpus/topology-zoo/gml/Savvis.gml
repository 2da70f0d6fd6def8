graph [
  DateObtained "14/01/11"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Savvis"
  Provenance "Secondary"
  Note "Estimating services at the time of graph"
  Source "http://www.nthelp.com/images/savvis.jpg"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Savvis"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "14/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 1
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
  ]
  node [
    id 2
    label "Detroit"
    Country "United States"
    Longitude -83.04575
    Internal 1
    Latitude 42.33143
  ]
  node [
    id 3
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
  ]
  node [
    id 4
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 5
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 6
    label "Washington, DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 7
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 8
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 9
    label "Champaign"
    Country "United States"
    Longitude -88.24338
    Internal 1
    Latitude 40.11642
  ]
  node [
    id 10
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 11
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  node [
    id 12
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 13
    label "San Diego"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
  ]
  node [
    id 14
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 15
    label "Salt Lake City"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 16
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 17
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
  ]
  node [
    id 18
    label "St Louis"
    Country "United States"
    Longitude -90.19789
    Internal 1
    Latitude 38.62727
  ]
  edge [
    source 0
    target 1
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 0
    target 3
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 1
    target 6
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 2
    target 10
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 2
    target 3
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 4
    target 5
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 4
    target 7
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 5
    target 8
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 6
    target 7
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 8
    target 18
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 8
    target 14
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 9
    target 18
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 10
    target 18
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 11
    target 12
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 11
    target 15
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 12
    target 13
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 12
    target 14
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 15
    target 16
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 16
    target 17
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 17
    target 18
    LinkType "ATM"
    LinkSpeed "45"
    LinkSpeedUnits "M"
    LinkNote "  AT"
    LinkLabel "45 Mbps ATM"
    LinkSpeedRaw 45000000.0
  ]
]
