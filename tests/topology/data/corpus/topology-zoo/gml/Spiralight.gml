graph [
  DateObtained "18/10/10"
  GeoLocation "Wisconsin, USA"
  GeoExtent "Region"
  Network "SpiraLight"
  Provenance "Primary"
  Access 0
  Source "http://www.spiralightnetwork.com/maps.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Spiralight"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Milwaukee"
    Country "United States"
    Longitude -87.90647
    Internal 1
    Latitude 43.0389
  ]
  node [
    id 1
    label "Rockford"
    Country "United States"
    Longitude -89.094
    Internal 1
    Latitude 42.27113
  ]
  node [
    id 2
    label "Janesville"
    Country "United States"
    Longitude -89.01872
    Internal 1
    Latitude 42.68279
  ]
  node [
    id 3
    label "Waukesha"
    Country "United States"
    Longitude -88.23148
    Internal 1
    Latitude 43.01168
  ]
  node [
    id 4
    label "Chicago"
    Country "United States"
    Longitude -87.8248
    Internal 1
    Latitude 42.58613
  ]
  node [
    id 5
    label "Madison"
    Country "United States"
    Longitude -89.40123
    Internal 1
    Latitude 43.07305
  ]
  node [
    id 6
    label "Camp Douglas"
    Country "United States"
    Longitude -90.27152
    Internal 1
    Latitude 43.92247
  ]
  node [
    id 7
    label "Minneaopolis"
    Country "United States"
    Longitude -93.26384
    Internal 1
    Latitude 44.97997
  ]
  node [
    id 8
    label "Eau Claire"
    Country "United States"
    Longitude -91.49849
    Internal 1
    Latitude 44.81135
  ]
  node [
    id 9
    label "Wausau"
    Country "United States"
    Longitude -89.63012
    Internal 1
    Latitude 44.95914
  ]
  node [
    id 10
    label "Green Bay"
    Country "United States"
    Longitude -88.01983
    Internal 1
    Latitude 44.51916
  ]
  node [
    id 11
    label "Appleton"
    Country "United States"
    Longitude -88.41538
    Internal 1
    Latitude 44.26193
  ]
  node [
    id 12
    label "Oshkosh"
    Country "United States"
    Longitude -88.54261
    Internal 1
    Latitude 44.02471
  ]
  node [
    id 13
    label "Fon Du Lac"
    Country "United States"
    Longitude -88.43883
    Internal 1
    Latitude 43.775
  ]
  node [
    id 14
    label "Beaver Dam"
    Country "United States"
    Longitude -88.83733
    Internal 1
    Latitude 43.45777
  ]
  edge [
    source 0
    target 3
    id "e13"
  ]
  edge [
    source 0
    target 4
    id "e14"
  ]
  edge [
    source 1
    target 2
    id "e12"
  ]
  edge [
    source 1
    target 4
    id "e15"
  ]
  edge [
    source 2
    target 5
    id "e10"
  ]
  edge [
    source 3
    target 5
    id "e11"
  ]
  edge [
    source 5
    target 6
    id "e9"
  ]
  edge [
    source 5
    target 14
    id "e8"
  ]
  edge [
    source 6
    target 8
    id "e2"
  ]
  edge [
    source 7
    target 8
    id "e0"
  ]
  edge [
    source 7
    target 9
    id "e1"
  ]
  edge [
    source 9
    target 10
    id "e3"
  ]
  edge [
    source 10
    target 11
    id "e4"
  ]
  edge [
    source 11
    target 12
    id "e5"
  ]
  edge [
    source 12
    target 13
    id "e6"
  ]
  edge [
    source 13
    target 14
    id "e7"
  ]
]
