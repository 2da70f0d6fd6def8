graph [
  DateObtained "24/10/10"
  GeoLocation "Florida and Georgia, USA"
  GeoExtent "Region"
  Network "Sago"
  Provenance "Secondary"
  Access 0
  Source "http://www.isp-planet.com/resources/backbones/sago_networks.html"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Sago"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2000"
  DateYear "2000"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Ft. Pierce"
    Country "United States"
    Longitude -80.32561
    Internal 1
    Latitude 27.44671
  ]
  node [
    id 1
    label "Melbourne"
    Country "United States"
    Longitude -80.60811
    Internal 1
    Latitude 28.08363
  ]
  node [
    id 2
    label "Lake Alfred"
    Country "United States"
    Longitude -81.72341
    Internal 1
    Latitude 28.09196
  ]
  node [
    id 3
    label "Orlando"
    Country "United States"
    Longitude -81.37924
    Internal 1
    Latitude 28.53834
  ]
  node [
    id 4
    label "West Palm Beach"
    Country "United States"
    Longitude -80.05337
    Internal 1
    Latitude 26.71534
  ]
  node [
    id 5
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
  ]
  node [
    id 6
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 7
    label "Ft. Lauderdale"
    Country "United States"
    Longitude -80.14338
    Internal 1
    Latitude 26.12231
  ]
  node [
    id 8
    label "Flovilla"
    Country "United States"
    Longitude -83.89852
    Internal 1
    Latitude 33.25373
  ]
  node [
    id 9
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 10
    label "Tarrytown"
    Country "United States"
    Longitude -82.5593
    Internal 1
    Latitude 32.31879
  ]
  node [
    id 11
    label "Gordon"
    Country "United States"
    Longitude -83.33238
    Internal 1
    Latitude 32.88209
  ]
  node [
    id 12
    label "Newell"
    Country "United States"
    Longitude -82.02206
    Internal 1
    Latitude 30.94162
  ]
  node [
    id 13
    label "Surrency"
    Country "United States"
    Longitude -82.1979
    Internal 1
    Latitude 31.72381
  ]
  node [
    id 14
    label "St. Augustine"
    Country "United States"
    Longitude -81.31452
    Internal 1
    Latitude 29.89469
  ]
  node [
    id 15
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
  ]
  node [
    id 16
    label "Titusville"
    Country "United States"
    Longitude -80.80755
    Internal 1
    Latitude 28.61222
  ]
  node [
    id 17
    label "Daytona Beach"
    Country "United States"
    Longitude -81.02283
    Internal 1
    Latitude 29.21081
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 4
  ]
  edge [
    source 1
    target 16
  ]
  edge [
    source 2
    target 3
  ]
  edge [
    source 2
    target 5
  ]
  edge [
    source 3
    target 17
  ]
  edge [
    source 4
    target 7
  ]
  edge [
    source 6
    target 7
  ]
  edge [
    source 8
    target 9
  ]
  edge [
    source 8
    target 11
  ]
  edge [
    source 10
    target 11
  ]
  edge [
    source 10
    target 13
  ]
  edge [
    source 12
    target 13
  ]
  edge [
    source 12
    target 15
  ]
  edge [
    source 14
    target 17
  ]
  edge [
    source 14
    target 15
  ]
  edge [
    source 16
    target 17
  ]
]
