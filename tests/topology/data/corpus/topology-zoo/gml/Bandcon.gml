graph [
  DateObtained "21/01/11"
  GeoLocation "USA, Europe"
  GeoExtent "Country+"
  Network "Bandcon "
  Provenance "Primary"
  Note "Now part of highwinds. Gray lines omitted as unclear what they represent - fibre? New York and New Jersey appear to be disconnected from rest of US."
  Source "http://www.bandcon.com/the-system-suite/network/"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Bandcon"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "21/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 1
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 2
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 3
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 4
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 5
    label "Las vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
    type "Coming Soon"
  ]
  node [
    id 6
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 7
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 8
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 9
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
    type "Coming Soon"
  ]
  node [
    id 10
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
    type "Coming Soon"
  ]
  node [
    id 11
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
    type "Coming Soon"
  ]
  node [
    id 12
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 13
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 14
    label "San Jose"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 15
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 16
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 17
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 18
    label "Toronto"
    Country "United States"
    Longitude -80.60091
    Internal 1
    Latitude 40.46423
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 19
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 20
    label "New Jersey"
    Country "United States"
    Longitude -74.07764
    Internal 1
    Latitude 40.72816
    type "BandCon Network Access Xchange (NAX)"
  ]
  node [
    id 21
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "BandCon Network Access Xchange (NAX)"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Blue Line"
  ]
  edge [
    source 0
    target 12
    LinkLabel "Blue Line"
  ]
  edge [
    source 1
    target 19
    LinkLabel "Blue Line"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Blue Line"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Blue Line"
  ]
  edge [
    source 2
    target 13
    LinkLabel "Blue Line"
  ]
  edge [
    source 4
    target 8
    LinkLabel "Blue Line"
  ]
  edge [
    source 4
    target 7
    LinkLabel "Blue Line"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Light Blue Line"
  ]
  edge [
    source 5
    target 14
    LinkLabel "Light Blue Line"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Blue Line"
  ]
  edge [
    source 7
    target 9
    LinkLabel "Light Blue Line"
  ]
  edge [
    source 7
    target 19
    LinkLabel "Blue Line"
  ]
  edge [
    source 7
    target 17
    LinkLabel "Blue Line"
  ]
  edge [
    source 8
    target 14
    LinkLabel "Blue Line"
  ]
  edge [
    source 10
    target 18
    LinkLabel "Blue Line"
  ]
  edge [
    source 10
    target 19
    LinkLabel "Blue Line"
  ]
  edge [
    source 11
    target 18
    LinkLabel "Light Blue Line"
  ]
  edge [
    source 11
    target 21
    LinkLabel "Light Blue Line"
  ]
  edge [
    source 12
    target 13
    LinkLabel "Blue Line"
  ]
  edge [
    source 12
    target 21
    LinkLabel "Blue Line"
  ]
  edge [
    source 13
    target 19
    LinkLabel "Blue Line"
  ]
  edge [
    source 14
    target 17
    LinkLabel "Blue Line"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Blue Line"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Blue Line"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Blue Line"
  ]
  edge [
    source 17
    target 18
    LinkLabel "Blue Line"
  ]
  edge [
    source 17
    target 19
    LinkLabel "Blue Line"
  ]
]
