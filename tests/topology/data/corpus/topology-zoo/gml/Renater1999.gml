graph [
  DateObtained "1/02/11"
  GeoLocation "France"
  GeoExtent "Country"
  Network "Renater"
  Provenance "Secondary"
  Note "Very hard to work out but they do appear to have 'customers', rather than acting as an ISP"
  Source "http://replay.waybackmachine.org/20001005152313/http://www.renater.fr/Reseau/Renater2/NRD_Carte.htm"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Renater1999"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "07"
  LastAccess "1/02/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "1999_07"
  DateYear "1999"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bordeaux"
    Country "France"
    Longitude -0.56667
    Internal 1
    Latitude 44.83333
    type "NRD"
  ]
  node [
    id 1
    label "Toulouse"
    Country "France"
    Longitude 1.44367
    Internal 1
    Latitude 43.60426
    type "NRD"
  ]
  node [
    id 2
    label "Orleans"
    Country "France"
    Longitude 1.9
    Internal 1
    Latitude 47.91667
    type "NRD"
  ]
  node [
    id 3
    label "Limoges"
    Country "France"
    Longitude 1.2578
    Internal 1
    Latitude 45.83153
    type "NRD"
  ]
  node [
    id 4
    label "Dijon"
    Country "France"
    Longitude 5.01667
    Internal 1
    Latitude 47.31667
    type "NRD"
  ]
  node [
    id 5
    label "Besancon"
    Country "France"
    Longitude 6.03333
    Internal 1
    Latitude 47.25
    type "NRD"
  ]
  node [
    id 6
    label "Montpellier"
    Country "France"
    Longitude 3.88333
    Internal 1
    Latitude 43.6
    type "NRD"
  ]
  node [
    id 7
    label "Clermont-Ferrand"
    Country "France"
    Longitude 3.08333
    Internal 1
    Latitude 45.78333
    type "NRD"
  ]
  node [
    id 8
    label "Grenoble"
    Country "France"
    Longitude 5.71667
    Internal 1
    Latitude 45.16667
    type "NRD"
  ]
  node [
    id 9
    label "Nice/Sophia"
    Country "France"
    Longitude 7.26608
    Internal 1
    Latitude 43.70313
    type "NRD"
  ]
  node [
    id 10
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
    type "NRD"
  ]
  node [
    id 11
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "NRD"
  ]
  node [
    id 12
    label "Corte"
    Country "France"
    Longitude 9.15
    Internal 1
    Latitude 42.3
    type "NRD"
  ]
  node [
    id 13
    label "Marseille"
    Country "France"
    Longitude 5.4
    Internal 1
    Latitude 43.3
    type "NRD"
  ]
  node [
    id 14
    label "Nantes"
    Country "France"
    Longitude -1.55336
    Internal 1
    Latitude 47.21725
    type "NRD"
  ]
  node [
    id 15
    label "Poiters"
    Country "France"
    Longitude 0.33333
    Internal 1
    Latitude 46.58333
    type "NRD"
  ]
  node [
    id 16
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
    type "NRD"
  ]
  node [
    id 17
    label "Nancy"
    Country "France"
    Longitude 6.2
    Internal 1
    Latitude 48.68333
    type "NRD"
  ]
  node [
    id 18
    label "Reims"
    Country "France"
    Longitude 4.03333
    Internal 1
    Latitude 49.25
    type "NRD"
  ]
  node [
    id 19
    label "Compiegne"
    Country "France"
    Longitude 2.82606
    Internal 1
    Latitude 49.41794
    type "NRD"
  ]
  node [
    id 20
    label "Lille"
    Country "France"
    Longitude 3.06667
    Internal 1
    Latitude 50.63333
    type "NRD"
  ]
  node [
    id 21
    label "Rouen"
    Country "France"
    Longitude 1.09932
    Internal 1
    Latitude 49.44313
    type "NRD"
  ]
  node [
    id 22
    label "Caen"
    Country "France"
    Longitude -0.35912
    Internal 1
    Latitude 49.18585
    type "NRD"
  ]
  node [
    id 23
    label "Rennes"
    Country "France"
    Longitude -1.68333
    Internal 1
    Latitude 48.08333
    type "NRD"
  ]
  edge [
    source 0
    target 15
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 11
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 6
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 11
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 15
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 15
    LinkSpeed "34"
    LinkNote "  PDH"
    LinkLabel "34 Mbps PDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 4
    target 11
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "34"
    LinkNote "  PDH"
    LinkLabel "34 Mbps PDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 7
    target 10
    LinkSpeed "34"
    LinkNote "  PDH"
    LinkLabel "34 Mbps PDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 8
    target 10
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 12
    LinkLabel "4*2 Mbps PDH"
  ]
  edge [
    source 9
    target 13
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 11
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 13
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 17
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 18
    LinkSpeed "34"
    LinkNote "  PDH"
    LinkLabel "34 Mbps PDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 11
    target 19
    LinkSpeed "34"
    LinkNote "  PDH"
    LinkLabel "34 Mbps PDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 11
    target 20
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 21
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 23
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 14
    target 23
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 17
    LinkType "SDH"
    LinkSpeed "155"
    LinkLabel "155 Mbps SDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "34"
    LinkNote "  PDH"
    LinkLabel "34 Mbps PDH"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
]
