graph [
  DateObtained "16/01/11"
  GeoLocation "USA, Europe, Japan"
  GeoExtent "Country+"
  Network "AboveNet"
  Provenance "Primary"
  Access 0
  Source "http://www.above.net/maps/images/ABVT_overall.gif"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Abvt"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "16/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Washington CDC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 1
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 2
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 3
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 4
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 5
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 6
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
  ]
  node [
    id 7
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
  ]
  node [
    id 8
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 9
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 10
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 13
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 14
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 15
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 16
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  node [
    id 17
    label "Tokyo"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
  ]
  node [
    id 18
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
  ]
  node [
    id 19
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 20
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
  ]
  node [
    id 21
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 22
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  edge [
    source 0
    target 2
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 0
    target 4
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 0
    target 5
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 8
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 4
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 5
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 22
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 2
    target 10
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 3
    target 10
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 5
    target 12
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 9
    target 12
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 10
    target 20
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 10
    target 13
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 10
    target 14
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 11
    target 13
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 11
    target 22
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 11
    target 21
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 15
    target 22
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 16
    target 18
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 17
    target 18
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 18
    target 19
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 18
    target 21
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Leased Wavelength/Managed Service"
  ]
]
