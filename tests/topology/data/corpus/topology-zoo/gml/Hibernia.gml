graph [
  DateObtained "22/10/10"
  GeoLocation "United Kingdom"
  GeoExtent "Country"
  Network "Hibernia Atlantic "
  Provenance "Primary"
  Access 0
  Source "http://www.hiberniaatlantic.com/documents/HA_StatSheet_011310_001.pdf"
  Version "1.0"
  Type "COM"
  Backbone 1
  Commercial 0
  label "hibernia"
  Customer 0
  LastAccess "3/08/10"
  Layer "IP"
  Classification "Backbone Transit"
  Creator "Topology Zoo Toolset"
  Developed "multi"
  Transit 1
  NetworkDate "C"
  Testbed 0
  SvnVersion 8123
  node [
    id 0
    label "Europe"
    Internal 0
  ]
  node [
    id 1
    label "North America"
    Internal 0
  ]
  node [
    id 2
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 3
    label "Omagh"
    Country "United Kingdom"
    Longitude -7.3
    Internal 1
    Latitude 54.6
    type "PoP"
  ]
  node [
    id 4
    label "Strabane"
    Country "United Kingdom"
    Longitude -7.46916
    Internal 1
    Latitude 54.82373
    type "PoP"
  ]
  node [
    id 5
    label "Letterkenny"
    Country "Ireland"
    Longitude -7.73333
    Internal 1
    Latitude 54.95
    type "PoP"
  ]
  node [
    id 6
    label "Londonderry"
    Country "United Kingdom"
    Longitude -7.30934
    Internal 1
    Latitude 54.9981
    type "PoP"
  ]
  node [
    id 7
    label "Coleraine"
    Country "United Kingdom"
    Longitude -6.66667
    Internal 1
    Latitude 55.13333
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
    label "Portadown"
    Country "United Kingdom"
    Longitude -6.44743
    Internal 1
    Latitude 54.41344
    type "PoP"
  ]
  node [
    id 11
    label "Castleblayney"
    Country "Ireland"
    Longitude -6.73333
    Internal 1
    Latitude 54.11667
    type "PoP"
  ]
  node [
    id 12
    label "Drogheda"
    Country "Ireland"
    Longitude -6.34778
    Internal 1
    Latitude 53.71889
    type "PoP"
  ]
  node [
    id 13
    label "Southport"
    Country "United Kingdom"
    Longitude -3.00648
    Internal 1
    Latitude 53.64779
    type "PoP with bold name"
  ]
  node [
    id 14
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
    type "PoP with bold name"
  ]
  node [
    id 15
    label "Armagh"
    Country "United Kingdom"
    Longitude -6.66667
    Internal 1
    Latitude 54.35
    type "PoP"
  ]
  node [
    id 16
    label "Monaghan"
    Country "Ireland"
    geocode_id "2962568"
    Internal 1
    Longitude -6.96667
    Latitude 54.25
    type "PoP"
  ]
  node [
    id 17
    label "Dundalk"
    Country "Ireland"
    Longitude -6.41667
    Internal 1
    Latitude 54.0
    type "PoP"
  ]
  edge [
    source 0
    target 13
    LinkLabel "Blue"
  ]
  edge [
    source 0
    target 13
    LinkLabel "Green"
  ]
  edge [
    source 1
    target 2
    LinkLabel "Blue"
  ]
  edge [
    source 1
    target 14
    LinkLabel "Green"
  ]
  edge [
    source 2
    target 13
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
    target 15
    LinkLabel "Blue"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Blue"
  ]
  edge [
    source 4
    target 6
    LinkLabel "Blue"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Blue"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Blue"
  ]
  edge [
    source 7
    target 8
    LinkLabel "Blue"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Blue"
  ]
  edge [
    source 9
    target 10
    LinkLabel "Blue"
  ]
  edge [
    source 10
    target 15
    LinkLabel "Blue"
  ]
  edge [
    source 11
    target 16
    LinkLabel "Blue"
  ]
  edge [
    source 11
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 12
    target 17
    LinkLabel "Blue"
  ]
  edge [
    source 12
    target 14
    LinkLabel "Blue"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Green"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Blue"
  ]
]
