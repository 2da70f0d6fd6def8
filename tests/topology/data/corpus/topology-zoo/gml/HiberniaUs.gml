graph [
  DateObtained "23/03/11"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Hibernia Atlantic (US)"
  Provenance "Primary"
  Access 0
  Source "http://www.hiberniaatlantic.com/US_network.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "HiberniaUs"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "23/03/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
    type "Red Node"
  ]
  node [
    id 1
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
    type "Red Node"
  ]
  node [
    id 2
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
    type "Red Node"
  ]
  node [
    id 3
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "Red Node"
  ]
  node [
    id 4
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
    type "Red Node"
  ]
  node [
    id 5
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
    type "Red Node"
  ]
  node [
    id 6
    label "McLean"
    Country "United States"
    Longitude -77.17748
    Internal 1
    Latitude 38.93428
    type "Red Node"
  ]
  node [
    id 7
    label "Richmond"
    Country "United States"
    Longitude -77.46026
    Internal 1
    Latitude 37.55376
    type "Red Node"
  ]
  node [
    id 8
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "Red Node"
  ]
  node [
    id 9
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "Yellow Node"
  ]
  node [
    id 10
    label "None"
    Internal 0
  ]
  node [
    id 11
    label "None"
    Internal 0
  ]
  node [
    id 12
    label "White Plains"
    Country "United States"
    Longitude -73.76291
    Internal 1
    Latitude 41.03399
    type "Red Node"
  ]
  node [
    id 13
    label "Stamford"
    Country "United States"
    Longitude -73.53873
    Internal 1
    Latitude 41.05343
    type "Red Node"
  ]
  node [
    id 14
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
    type "Red Node"
  ]
  node [
    id 15
    label "Cleveland"
    Country "United States"
    Longitude -81.69541
    Internal 1
    Latitude 41.4995
    type "Red Node"
  ]
  node [
    id 16
    label "Buffalo"
    Country "United States"
    Longitude -78.87837
    Internal 1
    Latitude 42.88645
    type "Red Node"
  ]
  node [
    id 17
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
    type "Red Node"
  ]
  node [
    id 18
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
    type "Red Node"
  ]
  node [
    id 19
    label "Albany"
    Country "United States"
    Longitude -73.75623
    Internal 1
    Latitude 42.65258
    type "Red Node"
  ]
  node [
    id 20
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
    type "Red Node"
  ]
  node [
    id 21
    label "Halifax"
    Country "Canada"
    Longitude -63.57333
    Internal 1
    Latitude 44.646
    type "Red Node"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Green Link"
  ]
  edge [
    source 0
    target 14
    LinkLabel "Green Link"
  ]
  edge [
    source 0
    target 15
    LinkLabel "Green Link"
  ]
  edge [
    source 1
    target 9
    LinkLabel "Green Link"
  ]
  edge [
    source 1
    target 2
    LinkLabel "Green Link"
  ]
  edge [
    source 1
    target 3
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 12
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 9
    LinkLabel "Green Link"
  ]
  edge [
    source 3
    target 6
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 7
    LinkLabel "Green Link"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Green Link"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Green Link"
  ]
  edge [
    source 9
    target 19
    LinkLabel "Blue Link"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Green Link"
  ]
  edge [
    source 10
    target 21
    LinkLabel "Green Link"
  ]
  edge [
    source 11
    target 21
    LinkLabel "Blue Link"
  ]
  edge [
    source 12
    target 13
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 20
    LinkLabel "Green Link"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Blue Link"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Blue Link"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Blue Link"
  ]
  edge [
    source 16
    target 19
    LinkLabel "Blue Link"
  ]
  edge [
    source 17
    target 18
    LinkLabel "Blue Link"
  ]
  edge [
    source 18
    target 19
    LinkLabel "Blue Link"
  ]
  edge [
    source 18
    target 21
    LinkLabel "Blue Link"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Blue Link"
  ]
  edge [
    source 20
    target 21
    LinkLabel "Green Link"
  ]
]
