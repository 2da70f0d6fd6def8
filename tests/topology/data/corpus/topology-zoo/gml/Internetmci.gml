graph [
  DateObtained "14/01/11"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "InternetMCI"
  Provenance "Secondary"
  Note "Peer interconnects only - IGNORE"
  Source "http://www.nthelp.com/images/interconnect.jpg"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 0
  Commercial 0
  label "Internetmci"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
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
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 1
    label "Pompano Beach"
    Country "United States"
    Longitude -80.12477
    Internal 1
    Latitude 26.23786
  ]
  node [
    id 2
    label "Austell"
    Country "United States"
    Longitude -84.63438
    Internal 1
    Latitude 33.81261
  ]
  node [
    id 3
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 4
    label "Charlton"
    Country "United States"
    Longitude -71.97007
    Internal 1
    Latitude 42.13565
  ]
  node [
    id 5
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 6
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 7
    label "Rialto"
    Country "United States"
    Longitude -117.37032
    Internal 1
    Latitude 34.1064
  ]
  node [
    id 8
    label "West Orange"
    Country "United States"
    Longitude -74.23904
    Internal 1
    Latitude 40.79871
  ]
  node [
    id 9
    label "Washington, DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 10
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 11
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 12
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  node [
    id 13
    label "Sacramento"
    Country "United States"
    Longitude -121.4944
    Internal 1
    Latitude 38.58157
  ]
  node [
    id 14
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 15
    label "Independence"
    Country "United States"
    Longitude -94.41551
    Internal 1
    Latitude 39.09112
  ]
  node [
    id 16
    label "Willow Springs"
    Country "United States"
    Longitude -91.96987
    Internal 1
    Latitude 36.99228
  ]
  node [
    id 17
    label "Downers Grove"
    Country "United States"
    Longitude -88.01117
    Internal 1
    Latitude 41.80892
  ]
  node [
    id 18
    label "North Royalton"
    Country "United States"
    Longitude -81.72457
    Internal 1
    Latitude 41.31366
  ]
  edge [
    source 0
    target 1
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 0
    target 3
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 0
    target 3
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 1
    target 2
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 1
    target 2
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 2
    target 7
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 10
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 2
    target 3
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 9
    LinkType "OC-12"
    LinkSpeed "622"
    LinkLabel "622 Mbps OC-12"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 3
    target 16
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 7
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 15
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 4
    target 8
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 4
    target 8
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 4
    target 9
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 4
    target 5
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 4
    target 16
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 5
    target 8
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 5
    target 8
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 6
    target 12
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 6
    target 7
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 6
    target 7
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 7
    target 12
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 12
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 9
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 9
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 14
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 16
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 18
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 8
    target 18
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 9
    target 16
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 10
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 11
    target 12
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 12
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 14
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 12
    target 13
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 12
    target 13
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 12
    target 14
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 12
    target 14
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 14
    target 16
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 14
    target 15
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 15
    target 16
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 16
    target 17
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 16
    target 17
    LinkType "DS-3"
    LinkLabel "45 Mbps DS-3"
    LinkNote "45 Mbps "
  ]
  edge [
    source 17
    target 18
    LinkType "OC-3"
    LinkSpeed "155"
    LinkLabel "155 Mbps OC-3"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
]
