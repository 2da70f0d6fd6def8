graph [
  DateObtained "19/10/10"
  GeoLocation "Massachusetts, New Hampshire, Maine, USA"
  GeoExtent "Region"
  Network "Oxford"
  Provenance "Secondary"
  Access 1
  Source "http://www.isp-planet.com/img/backbones/Oxford%20Networks%20Map.jpg"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Oxford"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Portsmouth"
    Country "United States"
    Longitude -70.76255
    Internal 1
    Latitude 43.07176
  ]
  node [
    id 1
    label "Dover"
    Country "United States"
    Longitude -70.87367
    Internal 1
    Latitude 43.19786
  ]
  node [
    id 2
    label "Biddeford"
    Country "United States"
    Longitude -70.45338
    Internal 1
    Latitude 43.49258
  ]
  node [
    id 3
    label "Sanford"
    Country "United States"
    Longitude -70.77422
    Internal 1
    Latitude 43.43925
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
    label "Framingham"
    Country "United States"
    Longitude -71.41617
    Internal 1
    Latitude 42.27926
  ]
  node [
    id 6
    label "Manchester"
    Country "United States"
    Longitude -71.45479
    Internal 1
    Latitude 42.99564
  ]
  node [
    id 7
    label "Keene"
    Country "United States"
    Longitude -72.27814
    Internal 1
    Latitude 42.93369
  ]
  node [
    id 8
    label "Worcester"
    Country "United States"
    Longitude -71.80229
    Internal 1
    Latitude 42.26259
  ]
  node [
    id 9
    label "Springfield"
    Country "United States"
    Longitude -72.58981
    Internal 1
    Latitude 42.10148
  ]
  node [
    id 10
    label "Bangor"
    Country "United States"
    Longitude -68.77781
    Internal 1
    Latitude 44.80118
  ]
  node [
    id 11
    label "Portland"
    Country "United States"
    Longitude -70.25533
    Internal 1
    Latitude 43.66147
  ]
  node [
    id 12
    label "Turner"
    Country "United States"
    Longitude -70.25617
    Internal 1
    Latitude 44.25646
  ]
  node [
    id 13
    label "Bethel"
    Country "United States"
    Longitude -70.79062
    Internal 1
    Latitude 44.40423
  ]
  node [
    id 14
    label "Norway"
    Country "United States"
    Longitude -70.54478
    Internal 1
    Latitude 44.21396
  ]
  node [
    id 15
    label "Standish"
    Country "United States"
    Longitude -70.552
    Internal 1
    Latitude 43.73591
  ]
  node [
    id 16
    label "Buckfield"
    Country "United States"
    Longitude -70.36534
    Internal 1
    Latitude 44.28951
  ]
  node [
    id 17
    label "Augusta"
    Country "United States"
    Longitude -69.77949
    Internal 1
    Latitude 44.31062
  ]
  node [
    id 18
    label "Lewiston"
    Country "United States"
    Longitude -70.21478
    Internal 1
    Latitude 44.10035
  ]
  node [
    id 19
    label "Augusta"
    Country "United States"
    Longitude -69.77949
    Internal 1
    Latitude 44.31062
  ]
  edge [
    source 0
    target 11
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 0
    target 3
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 0
    target 6
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 1
    target 11
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 1
    target 7
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 2
    target 11
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 2
    target 3
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 4
    target 5
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 4
    target 6
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 5
    target 8
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 7
    target 9
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 8
    target 9
    LinkType "Optical"
    LinkLabel "Optical Network"
    LinkNote " Network"
  ]
  edge [
    source 10
    target 18
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 10
    target 19
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 11
    target 18
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 11
    target 15
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 12
    target 17
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 12
    target 13
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 13
    target 14
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 14
    target 16
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 14
    target 15
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 15
    target 16
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 16
    target 17
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 17
    target 18
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 17
    target 19
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
  edge [
    source 18
    target 19
    LinkType "Fiber"
    LinkLabel "Fiber Backbone"
    LinkNote " Backbone"
  ]
]
