graph [
  DateObtained "22/03/11"
  GeoLocation "Iceland"
  GeoExtent "Country"
  Network "RHnet"
  Provenance "Primary"
  Note "Locations from http://www.rhnet.is/tengdir.html"
  Source "http://www.rhnet.is/traffic-map.html"
  Version "1.0"
  Type "REN"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Rhnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "22/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Solborg-Akureyri"
    Country "Iceland"
    Longitude -18.0878
    Internal 1
    Latitude 65.68353
  ]
  node [
    id 1
    label "Fjarski"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 2
    label "FSA-Akureyri"
    Country "Iceland"
    Longitude -18.0878
    Internal 1
    Latitude 65.68353
  ]
  node [
    id 3
    label "DST-Akureyri"
    Country "Iceland"
    Longitude -18.0878
    Internal 1
    Latitude 65.68353
  ]
  node [
    id 4
    label "RIX"
    Internal 0
  ]
  node [
    id 5
    label "NORDUnet"
    Internal 0
  ]
  node [
    id 6
    label "Hvanneyri"
    Country "Iceland"
    Longitude -18.90512
    Internal 1
    Latitude 66.15134
  ]
  node [
    id 7
    label "Bifrost"
    Internal 1
  ]
  node [
    id 8
    label "Grensas"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 9
    label "Skulagata"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 10
    label "Taeknigarour"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 11
    label "Sturlugata"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 12
    label "Hringbraut"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 13
    label "Bustaoavegur"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 14
    label "Ofanleiti"
    Country "Iceland"
    Longitude -20.2944
    Internal 1
    Latitude 63.41972
  ]
  node [
    id 15
    label "Keldhaholt"
    Country "Iceland"
    Longitude -18.90512
    Internal 1
    Latitude 66.15134
  ]
  edge [
    source 0
    target 2
    id "e15"
  ]
  edge [
    source 0
    target 3
    id "e16"
  ]
  edge [
    source 1
    target 10
    id "e4"
  ]
  edge [
    source 1
    target 3
    id "e17"
  ]
  edge [
    source 2
    target 3
    id "e14"
  ]
  edge [
    source 4
    target 10
    id "e5"
  ]
  edge [
    source 5
    target 10
    id "e6"
  ]
  edge [
    source 5
    target 11
    id "e8"
  ]
  edge [
    source 6
    target 7
    id "e13"
  ]
  edge [
    source 6
    target 15
    id "e12"
  ]
  edge [
    source 8
    target 9
    id "e0"
  ]
  edge [
    source 8
    target 15
    id "e1"
  ]
  edge [
    source 9
    target 10
    id "e2"
  ]
  edge [
    source 10
    target 11
    id "e3"
  ]
  edge [
    source 11
    target 12
    id "e7"
  ]
  edge [
    source 12
    target 13
    id "e9"
  ]
  edge [
    source 13
    target 14
    id "e10"
  ]
  edge [
    source 14
    target 15
    id "e11"
  ]
]
