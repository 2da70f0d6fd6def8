graph [
  DateObtained "15/11/10"
  GeoLocation "Maryland, West Virginia, Virginia, USA"
  GeoExtent "Region"
  Network "Shentel "
  Provenance "Primary"
  Note "Colo for towers"
  Source "http://www.shentel.com/downloads/fibermap_web.pdf"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Shentel"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 1
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
    label "Hagerstown"
    Country "United States"
    Longitude -77.71999
    Internal 1
    Latitude 39.64176
  ]
  node [
    id 1
    label "Shepherdstown"
    Country "United States"
    Longitude -77.80416
    Internal 1
    Latitude 39.4301
  ]
  node [
    id 2
    label "Winchester"
    Country "United States"
    Longitude -78.16333
    Internal 1
    Latitude 39.18566
  ]
  node [
    id 3
    label "Berryville"
    Country "United States"
    Longitude -77.98222
    Internal 1
    Latitude 39.15177
  ]
  node [
    id 4
    label "Petersburg"
    Country "United States"
    Longitude -79.12392
    Internal 1
    Latitude 38.99261
  ]
  node [
    id 5
    label "Franklin"
    Country "United States"
    Longitude -79.33115
    Internal 1
    Latitude 38.64289
  ]
  node [
    id 6
    label "Martinsburg"
    Country "United States"
    Longitude -77.96389
    Internal 1
    Latitude 39.45621
  ]
  node [
    id 7
    label "Edinburg"
    Country "United States"
    Longitude -78.56585
    Internal 1
    Latitude 38.82095
  ]
  node [
    id 8
    label "Harrisonburg"
    Country "United States"
    Longitude -78.86892
    Internal 1
    Latitude 38.44957
  ]
  node [
    id 9
    label "Covington (Planned)"
    Country "United States"
    Longitude -79.99395
    Internal 1
    Latitude 37.79346
  ]
  node [
    id 10
    label "Glenville"
    Country "United States"
    Longitude -80.8376
    Internal 1
    Latitude 38.93426
  ]
  node [
    id 11
    label "Sutton"
    Country "United States"
    Longitude -80.70982
    Internal 1
    Latitude 38.66454
  ]
  node [
    id 12
    label "Summersville"
    Country "United States"
    Longitude -80.8526
    Internal 1
    Latitude 38.28122
  ]
  node [
    id 13
    label "Charleston (Planned)"
    Country "United States"
    Longitude -81.63262
    Internal 1
    Latitude 38.34982
  ]
  node [
    id 14
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 15
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 16
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 17
    label "Weston"
    Country "United States"
    Longitude -80.46731
    Internal 1
    Latitude 39.03843
  ]
  node [
    id 18
    label "Warrenton"
    Country "United States"
    Longitude -77.79527
    Internal 1
    Latitude 38.71345
  ]
  node [
    id 19
    label "Front Royal"
    Country "United States"
    Longitude -78.19444
    Internal 1
    Latitude 38.91817
  ]
  node [
    id 20
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 21
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 22
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 23
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 24
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 25
    label "Leesburg"
    Country "United States"
    Longitude -77.5636
    Internal 1
    Latitude 39.11566
  ]
  node [
    id 26
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 27
    label "Herndon"
    Country "United States"
    Longitude -77.3861
    Internal 1
    Latitude 38.96955
  ]
  edge [
    source 0
    target 1
    id "e23"
  ]
  edge [
    source 0
    target 6
    id "e24"
  ]
  edge [
    source 1
    target 3
    id "e22"
  ]
  edge [
    source 1
    target 6
    id "e25"
  ]
  edge [
    source 2
    target 3
    id "e20"
  ]
  edge [
    source 2
    target 20
    id "e0"
  ]
  edge [
    source 2
    target 6
    id "e21"
  ]
  edge [
    source 2
    target 15
    id "e19"
  ]
  edge [
    source 3
    target 25
    id "e13"
  ]
  edge [
    source 4
    target 14
    id "e27"
  ]
  edge [
    source 5
    target 14
    id "e28"
  ]
  edge [
    source 7
    target 16
    id "e26"
  ]
  edge [
    source 7
    target 21
    id "e5"
  ]
  edge [
    source 8
    target 24
    id "e12"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Proposed"
    LinkStatus "Proposed"
  ]
  edge [
    source 8
    target 23
    id "e9"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Proposed"
    LinkStatus "Proposed"
  ]
  edge [
    source 10
    target 17
    id "e34"
  ]
  edge [
    source 10
    target 11
    id "e33"
  ]
  edge [
    source 11
    target 12
    id "e32"
  ]
  edge [
    source 12
    target 13
    LinkLabel "Proposed"
    LinkStatus "Proposed"
  ]
  edge [
    source 14
    target 24
    id "e11"
  ]
  edge [
    source 14
    target 20
    LinkLabel "Proposed"
    LinkStatus "Proposed"
  ]
  edge [
    source 15
    target 19
    id "e18"
  ]
  edge [
    source 15
    target 20
    id "e3"
  ]
  edge [
    source 15
    target 21
    id "e4"
  ]
  edge [
    source 16
    target 22
    id "e6"
  ]
  edge [
    source 16
    target 23
    id "e8"
  ]
  edge [
    source 18
    target 19
    id "e17"
  ]
  edge [
    source 18
    target 27
    id "e16"
  ]
  edge [
    source 20
    target 22
    id "e1"
  ]
  edge [
    source 22
    target 24
    id "e7"
  ]
  edge [
    source 23
    target 24
    id "e10"
  ]
  edge [
    source 25
    target 26
    id "e14"
  ]
  edge [
    source 26
    target 27
    id "e15"
  ]
]
