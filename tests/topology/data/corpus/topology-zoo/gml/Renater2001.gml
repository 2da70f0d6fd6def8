graph [
  DateObtained "1/02/11"
  GeoLocation "France"
  GeoExtent "Country"
  Network "Renater"
  Provenance "Secondary"
  Note "Unclear how Paris is connected to NOC"
  Source "http://replay.waybackmachine.org/20050124060409/http://www.renater.fr/Reseau/Renater2/images_R2/CarteRenater2bis.jpg"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Renater2001"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "04"
  LastAccess "1/02/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2001_04"
  DateYear "2001"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bordeaux"
    Country "France"
    Longitude -0.56667
    Internal 1
    Latitude 44.83333
  ]
  node [
    id 1
    label "Toulouse"
    Country "France"
    Longitude 1.44367
    Internal 1
    Latitude 43.60426
  ]
  node [
    id 2
    label "Orleans"
    Country "France"
    Longitude 1.9
    Internal 1
    Latitude 47.91667
  ]
  node [
    id 3
    label "Limoges"
    Country "France"
    Longitude 1.2578
    Internal 1
    Latitude 45.83153
  ]
  node [
    id 4
    label "Dijon"
    Country "France"
    Longitude 5.01667
    Internal 1
    Latitude 47.31667
  ]
  node [
    id 5
    label "Besancon"
    Country "France"
    Longitude 6.03333
    Internal 1
    Latitude 47.25
  ]
  node [
    id 6
    label "Montpellier"
    Country "France"
    Longitude 3.88333
    Internal 1
    Latitude 43.6
  ]
  node [
    id 7
    label "Clermont-Ferrand"
    Country "France"
    Longitude 3.08333
    Internal 1
    Latitude 45.78333
  ]
  node [
    id 8
    label "Grenoble"
    Country "France"
    Longitude 5.71667
    Internal 1
    Latitude 45.16667
  ]
  node [
    id 9
    label "Sophia"
    Country "France"
    Longitude 7.04721
    Internal 1
    Latitude 43.62235
  ]
  node [
    id 10
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
  ]
  node [
    id 11
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 12
    label "Corte"
    Country "France"
    Longitude 9.15
    Internal 1
    Latitude 42.3
  ]
  node [
    id 13
    label "Marseille"
    Country "France"
    Longitude 5.4
    Internal 1
    Latitude 43.3
  ]
  node [
    id 14
    label "Nantes"
    Country "France"
    Longitude -1.55336
    Internal 1
    Latitude 47.21725
  ]
  node [
    id 15
    label "Poiters"
    Country "France"
    Longitude 0.33333
    Internal 1
    Latitude 46.58333
  ]
  node [
    id 16
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
  ]
  node [
    id 17
    label "Nancy"
    Country "France"
    Longitude 6.2
    Internal 1
    Latitude 48.68333
  ]
  node [
    id 18
    label "Reims"
    Country "France"
    Longitude 4.03333
    Internal 1
    Latitude 49.25
  ]
  node [
    id 19
    label "Compiegne"
    Country "France"
    Longitude 2.82606
    Internal 1
    Latitude 49.41794
  ]
  node [
    id 20
    label "Lille"
    Country "France"
    Longitude 3.06667
    Internal 1
    Latitude 50.63333
  ]
  node [
    id 21
    label "Rouen"
    Country "France"
    Longitude 1.09932
    Internal 1
    Latitude 49.44313
  ]
  node [
    id 22
    label "Caen"
    Country "France"
    Longitude -0.35912
    Internal 1
    Latitude 49.18585
  ]
  node [
    id 23
    label "Rennes"
    Country "France"
    Longitude -1.68333
    Internal 1
    Latitude 48.08333
  ]
  edge [
    source 0
    target 1
    LinkSpeed "34"
    LinkNote " it/s"
    LinkLabel "34 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 0
    target 15
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 10
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 11
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 15
    LinkSpeed "34"
    LinkNote " it/s"
    LinkLabel "34 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "34"
    LinkNote " it/s"
    LinkLabel "34 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 5
    target 16
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 10
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 6
    target 13
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 10
    LinkSpeed "34"
    LinkNote " it/s"
    LinkLabel "34 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 8
    target 10
    LinkSpeed "622"
    LinkNote " it/s"
    LinkLabel "622 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 9
    target 12
    LinkSpeed "8"
    LinkNote " it/s"
    LinkLabel "8 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 9
    target 13
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "2.4"
    LinkNote " it/s"
    LinkLabel "2.4 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2400000000.0
  ]
  edge [
    source 10
    target 13
    LinkSpeed "622"
    LinkNote " it/s"
    LinkLabel "622 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 11
    target 15
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 17
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 18
    LinkSpeed "34"
    LinkNote " it/s"
    LinkLabel "34 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 11
    target 19
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 20
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 21
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 23
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "34"
    LinkNote " it/s"
    LinkLabel "34 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 14
    target 23
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 17
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "155"
    LinkNote " it/s"
    LinkLabel "155 Mbit/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
]
