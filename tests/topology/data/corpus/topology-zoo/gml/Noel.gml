graph [
  DateObtained "19/10/10"
  GeoLocation "Washington State, USA"
  GeoExtent "Region"
  Network "Noel Communications "
  Provenance "Primary"
  Access 0
  Source "http://noelcommunications.com/network.html"
  Version "1.0"
  Type "COM"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Noel"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Spokane"
    Country "United States"
    Longitude -117.42605
    Internal 1
    Latitude 47.65878
  ]
  node [
    id 1
    label "Coeur d'Alene"
    Country "United States"
    Longitude -116.78047
    Internal 1
    Latitude 47.67768
  ]
  node [
    id 2
    label "Wenatchee"
    Country "United States"
    Longitude -120.31035
    Internal 1
    Latitude 47.42346
  ]
  node [
    id 3
    label "Othello"
    Country "United States"
    Longitude -119.17529
    Internal 1
    Latitude 46.82597
  ]
  node [
    id 4
    label "Walla Walla"
    Country "United States"
    Longitude -118.34302
    Internal 1
    Latitude 46.06458
  ]
  node [
    id 5
    label "Pasco"
    Country "United States"
    Longitude -119.10057
    Internal 1
    Latitude 46.23958
  ]
  node [
    id 6
    label "Pullman"
    Country "United States"
    Longitude -117.17962
    Internal 1
    Latitude 46.73127
  ]
  node [
    id 7
    label "Lewiston"
    Country "United States"
    Longitude -117.01766
    Internal 1
    Latitude 46.41655
  ]
  node [
    id 8
    label "Kennewick"
    Country "United States"
    Longitude -119.13723
    Internal 1
    Latitude 46.21125
  ]
  node [
    id 9
    label "Yakima"
    Country "United States"
    Longitude -120.5059
    Internal 1
    Latitude 46.60207
  ]
  node [
    id 10
    label "Ellensburg"
    Country "United States"
    Longitude -120.54785
    Internal 1
    Latitude 46.99651
  ]
  node [
    id 11
    label "Vancouver"
    Country "Canada"
    Longitude -123.11934
    Internal 1
    Latitude 49.24966
  ]
  node [
    id 12
    label "Bellingham"
    Country "United States"
    Longitude -122.48822
    Internal 1
    Latitude 48.75955
  ]
  node [
    id 13
    label "Mt Vernon"
    Country "United States"
    Longitude -122.33405
    Internal 1
    Latitude 48.42122
  ]
  node [
    id 14
    label "Everett"
    Country "United States"
    Longitude -122.20208
    Internal 1
    Latitude 47.97898
  ]
  node [
    id 15
    label "Westin - Seattle"
    Country "United States"
    Longitude -122.3377
    Internal 1
    Latitude 47.6129
  ]
  node [
    id 16
    label "Tacoma"
    Country "United States"
    Longitude -122.44429
    Internal 1
    Latitude 47.25288
  ]
  node [
    id 17
    label "Olympia"
    Country "United States"
    Longitude -122.9007
    Internal 1
    Latitude 47.03787
  ]
  node [
    id 18
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
  ]
  edge [
    source 0
    target 1
    id "e19"
  ]
  edge [
    source 0
    target 2
    id "e17"
  ]
  edge [
    source 0
    target 3
    id "e18"
  ]
  edge [
    source 0
    target 6
    id "e20"
  ]
  edge [
    source 2
    target 10
    id "e16"
  ]
  edge [
    source 2
    target 15
    id "e8"
  ]
  edge [
    source 3
    target 9
    id "e14"
  ]
  edge [
    source 4
    target 8
    id "e23"
  ]
  edge [
    source 4
    target 5
    id "e22"
  ]
  edge [
    source 5
    target 8
    id "e24"
  ]
  edge [
    source 5
    target 9
    id "e12"
  ]
  edge [
    source 6
    target 7
    id "e21"
  ]
  edge [
    source 8
    target 9
    id "e13"
  ]
  edge [
    source 8
    target 18
    id "e11"
  ]
  edge [
    source 9
    target 10
    id "e15"
  ]
  edge [
    source 9
    target 15
    id "e7"
  ]
  edge [
    source 11
    target 12
    id "e0"
  ]
  edge [
    source 11
    target 15
    id "e1"
  ]
  edge [
    source 12
    target 13
    id "e2"
  ]
  edge [
    source 13
    target 14
    id "e3"
  ]
  edge [
    source 14
    target 15
    id "e4"
  ]
  edge [
    source 15
    target 16
    id "e5"
  ]
  edge [
    source 15
    target 18
    id "e6"
  ]
  edge [
    source 16
    target 17
    id "e9"
  ]
  edge [
    source 17
    target 18
    id "e10"
  ]
]
