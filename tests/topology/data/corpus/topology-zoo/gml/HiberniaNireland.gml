graph [
  DateObtained "23/03/11"
  GeoLocation "Northern Ireland"
  GeoExtent "Country"
  Network "Hibernia Atlantic (N. Ireland)"
  Provenance "Primary"
  Access 0
  Source "http://www.hiberniaatlantic.com/images/NIrelandMaps5-09_000.jpg"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "HiberniaNireland"
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
    label "Drogheda"
    Country "Ireland"
    Longitude -6.34778
    Internal 1
    Latitude 53.71889
    type "PoP"
  ]
  node [
    id 1
    label "Southport"
    Country "United Kingdom"
    Longitude -3.00648
    Internal 1
    Latitude 53.64779
    type "PoP with bold name"
  ]
  node [
    id 2
    label "Portadown"
    Country "United Kingdom"
    Longitude -6.44743
    Internal 1
    Latitude 54.41344
    type "PoP"
  ]
  node [
    id 3
    label "Castleblayney"
    Country "Ireland"
    Longitude -6.73333
    Internal 1
    Latitude 54.11667
    type "PoP"
  ]
  node [
    id 4
    label "Monaghan"
    Country "Ireland"
    Longitude -6.96667
    Internal 1
    geocode_id "2962568"
    Latitude 54.25
    type "PoP"
  ]
  node [
    id 5
    label "Dundalk"
    Country "Ireland"
    Longitude -6.41667
    Internal 1
    Latitude 54.0
    type "PoP"
  ]
  node [
    id 6
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
    type "PoP with bold name"
  ]
  node [
    id 7
    label "Armagh"
    Country "United Kingdom"
    Longitude -6.66667
    Internal 1
    Latitude 54.35
    type "PoP"
  ]
  node [
    id 8
    label "Ballymena"
    Country "United Kingdom"
    Longitude -6.27628
    Internal 1
    Latitude 54.86357
    type "PoP"
  ]
  node [
    id 9
    label "Belfast"
    Country "United Kingdom"
    Longitude -5.93333
    Internal 1
    Latitude 54.58333
    type "PoP"
  ]
  node [
    id 10
    label "Europe"
    Internal 0
  ]
  node [
    id 11
    label "North America"
    Internal 0
  ]
  node [
    id 12
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 13
    label "Omagh"
    Country "United Kingdom"
    Longitude -7.3
    Internal 1
    Latitude 54.6
    type "PoP"
  ]
  node [
    id 14
    label "Strabane"
    Country "United Kingdom"
    Longitude -7.46916
    Internal 1
    Latitude 54.82373
    type "PoP"
  ]
  node [
    id 15
    label "Letterkenny"
    Country "Ireland"
    Longitude -7.73333
    Internal 1
    Latitude 54.95
    type "PoP"
  ]
  node [
    id 16
    label "Londonderry"
    Country "United Kingdom"
    Longitude -7.30934
    Internal 1
    Latitude 54.9981
    type "PoP"
  ]
  node [
    id 17
    label "Coleraine"
    Country "United Kingdom"
    Longitude -6.66667
    Internal 1
    Latitude 55.13333
    type "PoP"
  ]
  edge [
    source 0
    target 5
    LinkLabel "Blue"
  ]
  edge [
    source 0
    target 6
    LinkLabel "Blue"
  ]
  edge [
    source 1
    target 10
    LinkLabel "Green"
  ]
  edge [
    source 1
    target 10
    LinkLabel "Blue"
  ]
  edge [
    source 1
    target 12
    LinkLabel "Blue"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Green"
  ]
  edge [
    source 2
    target 9
    LinkLabel "Blue"
  ]
  edge [
    source 2
    target 7
    LinkLabel "Blue"
  ]
  edge [
    source 3
    target 4
    LinkLabel "Blue"
  ]
  edge [
    source 3
    target 5
    LinkLabel "Blue"
  ]
  edge [
    source 4
    target 7
    LinkLabel "Blue"
  ]
  edge [
    source 6
    target 11
    LinkLabel "Green"
  ]
  edge [
    source 7
    target 13
    LinkLabel "Blue"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Blue"
  ]
  edge [
    source 8
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 11
    target 12
    LinkLabel "Blue"
  ]
  edge [
    source 12
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Blue"
  ]
  edge [
    source 14
    target 16
    LinkLabel "Blue"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Blue"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Blue"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Blue"
  ]
]
