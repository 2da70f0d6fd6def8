graph [
  DateObtained "11/10/10"
  GeoLocation "India"
  GeoExtent "Country"
  Network "ERNET"
  Provenance "Primary"
  Access 0
  Source "http://www.ernet.in/backbone.htm"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Ernet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "7/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Pune"
    Country "India"
    Longitude 73.85535
    Internal 1
    Latitude 18.51957
  ]
  node [
    id 1
    label "Indore"
    Country "India"
    Longitude 75.8333
    Internal 1
    Latitude 22.71792
  ]
  node [
    id 2
    label "Trivandrum"
    Country "India"
    Longitude 76.91667
    Internal 1
    Latitude 8.48333
  ]
  node [
    id 3
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
  ]
  node [
    id 4
    label "None"
    Internal 0
    type "4 Computers"
  ]
  node [
    id 5
    label "None"
    Internal 0
    type "4 Computers"
  ]
  node [
    id 6
    label "Ahmedabad"
    Country "India"
    Longitude 72.61667
    Internal 1
    Latitude 23.03333
  ]
  node [
    id 7
    label "Jaipur"
    Country "India"
    Longitude 75.81667
    Internal 1
    Latitude 26.91667
  ]
  node [
    id 8
    label "None"
    Internal 0
    type "4 Computers"
  ]
  node [
    id 9
    label "None"
    Internal 0
    type "4 Computers"
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
    label "None"
    Internal 0
  ]
  node [
    id 13
    label "None"
    Internal 0
  ]
  node [
    id 14
    label "None"
    Internal 0
  ]
  node [
    id 15
    label "None"
    Internal 0
  ]
  node [
    id 16
    label "None"
    Internal 0
  ]
  node [
    id 17
    label "None"
    Internal 0
  ]
  node [
    id 18
    label "None"
    Internal 0
  ]
  node [
    id 19
    label "None"
    Internal 0
  ]
  node [
    id 20
    label "Chennai"
    Country "India"
    Longitude 80.27847
    Internal 1
    Latitude 13.08784
  ]
  node [
    id 21
    label "Bengaluru"
    Country "India"
    Longitude 77.60329
    Internal 1
    Latitude 12.97623
  ]
  node [
    id 22
    label "Delhi"
    Country "India"
    Longitude 77.22445
    Internal 1
    Latitude 28.63576
  ]
  node [
    id 23
    label "Guwahati"
    Country "India"
    Longitude 91.75095
    Internal 1
    Latitude 26.18617
  ]
  node [
    id 24
    label "Gorakhpur"
    Country "India"
    Longitude 75.68333
    Internal 1
    Latitude 29.45
  ]
  node [
    id 25
    label "Kanpur"
    Country "India"
    Longitude 80.35
    Internal 1
    Latitude 26.46667
  ]
  node [
    id 26
    label "Allahabad"
    Country "India"
    Longitude 81.85
    Internal 1
    Latitude 25.45
  ]
  node [
    id 27
    label "Kalkota"
    Country "India"
    Longitude 88.36972
    Internal 1
    Latitude 22.56972
  ]
  node [
    id 28
    label "Bhubaneswar"
    Country "India"
    Longitude 85.83333
    Internal 1
    Latitude 20.23333
  ]
  node [
    id 29
    label "Hyderabad"
    Country "India"
    Longitude 78.47444
    Internal 1
    Latitude 17.37528
  ]
  edge [
    source 0
    target 3
    LinkLabel "Dark Green"
  ]
  edge [
    source 0
    target 13
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 0
    target 21
    LinkLabel "Dark Green"
  ]
  edge [
    source 1
    target 3
    LinkLabel "Dark Green"
  ]
  edge [
    source 2
    target 18
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 2
    target 21
    LinkLabel "Dark Green"
  ]
  edge [
    source 3
    target 4
    LinkLabel "Dashed Blue"
  ]
  edge [
    source 3
    target 14
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 3
    target 22
    LinkLabel "Dark Green"
  ]
  edge [
    source 5
    target 21
    LinkLabel "Dashed Yellow"
  ]
  edge [
    source 6
    target 22
    LinkLabel "Red"
  ]
  edge [
    source 7
    target 22
    LinkLabel "Red"
  ]
  edge [
    source 8
    target 25
    LinkLabel "Dashed Pink"
  ]
  edge [
    source 9
    target 22
    LinkLabel "Dashed Purple"
  ]
  edge [
    source 10
    target 27
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 11
    target 28
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 12
    target 21
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 15
    target 22
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 16
    target 20
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 17
    target 29
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 19
    target 21
    LinkLabel "Light Green Bolt"
  ]
  edge [
    source 20
    target 21
    LinkLabel "Dark Green"
  ]
  edge [
    source 20
    target 29
    LinkLabel "Dark Green"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Dark Green"
  ]
  edge [
    source 21
    target 29
    LinkLabel "Dark Green"
  ]
  edge [
    source 22
    target 25
    LinkLabel "Dark Green"
  ]
  edge [
    source 22
    target 27
    LinkLabel "Dark Green"
  ]
  edge [
    source 23
    target 27
    LinkLabel "Dark Green"
  ]
  edge [
    source 24
    target 25
    LinkLabel "Dark Green"
  ]
  edge [
    source 25
    target 26
    LinkLabel "Dark Green"
  ]
  edge [
    source 27
    target 28
    LinkLabel "Dark Green"
  ]
  edge [
    source 27
    target 29
    LinkLabel "Dark Green"
  ]
]
