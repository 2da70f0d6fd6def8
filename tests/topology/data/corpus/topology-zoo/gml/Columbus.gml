graph [
  DateObtained "30/10/10"
  GeoLocation "Latin America"
  GeoExtent "Continent"
  Network "Columbus Networks"
  Provenance "Primary"
  Access 0
  Source "http://www.columbus-networks.com/"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Columbus"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "None"
    Internal 1
    type "MAYA"
  ]
  node [
    id 1
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 2
    label "Costa Rica"
    geocode_country "Costa Rica"
    Country "Costa Rica"
    Longitude -84.0
    Internal 1
    Latitude 10.0
    type "ARCOS"
  ]
  node [
    id 3
    label "Panama"
    geocode_country "Panama"
    Country "Panama"
    Longitude -80.0
    Internal 1
    Latitude 9.0
    type "ARCOS"
  ]
  node [
    id 4
    label "Venezuela"
    geocode_country "Venezuela"
    Country "Venezuela"
    Longitude -66.0
    Internal 1
    Latitude 8.0
    type "ARCOS"
  ]
  node [
    id 5
    label "Curacao"
    geocode_country "Curacao"
    Country "Curacao"
    Longitude -69.0
    Internal 1
    Latitude 12.16667
    type "ARCOS"
  ]
  node [
    id 6
    label "Columbia"
    geocode_country "Columbia"
    Country "Colombia"
    Longitude -72.0
    Internal 1
    Latitude 4.0
    type "ARCOS"
  ]
  node [
    id 7
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 8
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 9
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 10
    label "Bonaire"
    geocode_country "Bonaire"
    Country "Bonaire, Saint Eustatius and Saba"
    Longitude -68.29445
    Internal 1
    Latitude 12.21286
    type "Fibralink, Carribean Crossings, ECLink"
  ]
  node [
    id 11
    label "St Vincent"
    geocode_country "St Vincent"
    Country "Saint Vincent and the Grenadines"
    Longitude -61.2
    Internal 1
    Latitude 13.08333
    type "Branching Unit"
  ]
  node [
    id 12
    label "Mexico"
    geocode_country "Mexico"
    Country "Mexico"
    Longitude -102.0
    Internal 1
    Latitude 23.0
    type "ARCOS"
  ]
  node [
    id 13
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 14
    label "None"
    Internal 1
    type "MAYA"
  ]
  node [
    id 15
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 16
    label "Turks and Caicos"
    geocode_country "Turks and Caicos"
    Country "Turks and Caicos Islands"
    Longitude -71.58333
    Internal 1
    Latitude 21.73333
    type "ARCOS"
  ]
  node [
    id 17
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 18
    label "Antigua"
    geocode_country "Antigua"
    Country "Antigua and Barbuda"
    Longitude -61.8
    Internal 1
    Latitude 17.05
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 19
    label "Guadeloupe"
    geocode_country "Guadeloupe"
    Country "Guadeloupe"
    Longitude -61.58333
    Internal 1
    Latitude 16.25
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 20
    label "Dominica"
    geocode_country "Dominica"
    Country "Dominica"
    Longitude -61.33333
    Internal 1
    Latitude 15.5
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 21
    label "Martinique"
    geocode_country "Martinique"
    Country "Martinique"
    Longitude -61.0
    Internal 1
    Latitude 14.66667
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 22
    label "None"
    Internal 1
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 23
    label "Barbados"
    geocode_country "Barbados"
    Country "Barbados"
    Longitude -59.53333
    Internal 1
    Latitude 13.16667
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 24
    label "None"
    Internal 1
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 25
    label "Grenada"
    geocode_country "Grenada"
    Country "Grenada"
    Longitude -61.66667
    Internal 1
    Latitude 12.11667
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 26
    label "None"
    Internal 1
    type "Branching Unit"
  ]
  node [
    id 27
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 28
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 29
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 30
    label "Bahamas"
    geocode_country "Bahamas"
    Country "Bahamas"
    Longitude -76.0
    Internal 1
    Latitude 24.0
    type "Fibralink, Carribean Crossings, ECLink"
  ]
  node [
    id 31
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 32
    label "None"
    Internal 1
    type "Fibralink, Carribean Crossings, ECLink"
  ]
  node [
    id 33
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 34
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 35
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 36
    label "Ecuador"
    geocode_country "Ecuador"
    Internal 0
  ]
  node [
    id 37
    label "None"
    Internal 1
    type "Terrestrial Fiber Partners"
  ]
  node [
    id 38
    label "None"
    Internal 1
    type "Branching Unit"
  ]
  node [
    id 39
    label "None"
    Internal 1
    type "Branching Unit"
  ]
  node [
    id 40
    label "Jamaica"
    geocode_country "Jamaica"
    Country "Jamaica"
    Longitude -77.5
    Internal 1
    Latitude 18.25
    type "CFX Express Route"
  ]
  node [
    id 41
    label "None"
    Internal 1
    type "CFX Express Route"
  ]
  node [
    id 42
    label "USA"
    geocode_country "USA"
    Country "United States"
    Longitude -98.5
    Internal 1
    Latitude 39.76
    type "CFX Express Route"
  ]
  node [
    id 43
    label "Cayman Islands"
    geocode_country "Cayman Islands"
    Country "Cayman Islands"
    Longitude -80.66667
    Internal 1
    Latitude 19.5
    type "MAYA"
  ]
  node [
    id 44
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 45
    label "None"
    Internal 1
    type "Fibralink, Carribean Crossings, ECLink"
  ]
  node [
    id 46
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 47
    label "St Kitts & Nevis"
    geocode_country "St Kitts &amp; Nevis"
    Internal 1
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 48
    label "St Martin"
    geocode_country "St Martin"
    Country "Saint Martin"
    Longitude -63.06667
    Internal 1
    Latitude 18.06667
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 49
    label "None"
    Internal 1
    type "Fibralink, Carribean Crossings, ECLink"
  ]
  node [
    id 50
    label "None"
    Internal 1
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 51
    label "Suriname"
    geocode_country "Suriname"
    Country "Suriname"
    Longitude -56.0
    Internal 1
    Latitude 4.0
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 52
    label "Guyana"
    geocode_country "Guyana"
    Country "Guyana"
    Longitude -59.0
    Internal 1
    Latitude 5.0
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 53
    label "Trinidad and Tobago"
    geocode_country "Trinidad and Tobago"
    Country "Trinidad and Tobago"
    Longitude -61.0
    Internal 1
    Latitude 11.0
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 54
    label "St Croix"
    geocode_country "St Croix"
    Country "U.S. Virgin Islands"
    Longitude -64.74795
    Internal 1
    Latitude 17.73563
    type "Off-Net Subsea Carrier Networks"
  ]
  node [
    id 55
    label "Dominican Republic"
    geocode_country "Dominican Republic"
    Country "Dominican Republic"
    Longitude -70.66667
    Internal 1
    Latitude 19.0
    type "ARCOS"
  ]
  node [
    id 56
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 57
    label "Puerto Rico"
    geocode_country "Puerto Rico"
    Country "Puerto Rico"
    Longitude -66.49989
    Internal 1
    Latitude 18.24829
    type "ARCOS"
  ]
  node [
    id 58
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 59
    label "None"
    Internal 1
    type "Fibralink, Carribean Crossings, ECLink"
  ]
  node [
    id 60
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 61
    label "Nicaragua"
    geocode_country "Nicaragua"
    Country "Nicaragua"
    Longitude -85.0
    Internal 1
    Latitude 13.0
    type "ARCOS"
  ]
  node [
    id 62
    label "None"
    Internal 1
    type "MAYA"
  ]
  node [
    id 63
    label "None"
    Internal 1
    type "MAYA"
  ]
  node [
    id 64
    label "El Salvador"
    geocode_country "El Salvador"
    Country "El Salvador"
    Longitude -88.91667
    Internal 1
    Latitude 13.83333
    type "MAYA"
  ]
  node [
    id 65
    label "Guatemala"
    geocode_country "Guatemala"
    Country "Guatemala"
    Longitude -90.25
    Internal 1
    Latitude 15.5
    type "ARCOS"
  ]
  node [
    id 66
    label "Belize"
    geocode_country "Belize"
    Country "Belize"
    Longitude -88.75
    Internal 1
    Latitude 17.25
    type "ARCOS"
  ]
  node [
    id 67
    label "None"
    Internal 1
    type "ARCOS"
  ]
  node [
    id 68
    label "Honduras"
    geocode_country "Honduras"
    Country "Honduras"
    Longitude -86.5
    Internal 1
    Latitude 15.0
    type "ARCOS"
  ]
  node [
    id 69
    label "None"
    Internal 1
    type "ARCOS"
  ]
  edge [
    source 0
    target 1
    LinkLabel "Maya"
  ]
  edge [
    source 0
    target 27
    LinkLabel "Maya"
  ]
  edge [
    source 1
    target 34
    LinkLabel "ARCOS"
  ]
  edge [
    source 1
    target 37
    LinkType "Fiber"
    LinkLabel "Terrestrial Fiber Partners"
    LinkNote "Terrestrial  Partners"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 1
    target 7
    LinkLabel "ARCOS"
  ]
  edge [
    source 2
    target 9
    LinkLabel "Maya"
  ]
  edge [
    source 2
    target 3
    LinkLabel "ARCOS"
  ]
  edge [
    source 2
    target 61
    LinkLabel "ARCOS"
  ]
  edge [
    source 3
    target 27
    LinkLabel "Maya"
  ]
  edge [
    source 3
    target 34
    LinkLabel "ARCOS"
  ]
  edge [
    source 4
    target 5
    LinkLabel "ARCOS"
  ]
  edge [
    source 4
    target 7
    LinkLabel "ARCOS"
  ]
  edge [
    source 5
    target 57
    LinkLabel "ARCOS"
  ]
  edge [
    source 5
    target 10
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 5
    target 11
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 6
    target 38
    LinkLabel "CFX Express Route"
  ]
  edge [
    source 8
    target 48
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 8
    target 50
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 8
    target 54
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 9
    target 27
    LinkLabel "Maya"
  ]
  edge [
    source 9
    target 46
    LinkLabel "Maya"
  ]
  edge [
    source 11
    target 53
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 12
    target 66
    LinkLabel "ARCOS"
  ]
  edge [
    source 12
    target 15
    LinkLabel "ARCOS"
  ]
  edge [
    source 13
    target 29
    LinkLabel "Maya"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Maya"
  ]
  edge [
    source 13
    target 31
    LinkLabel "Maya"
  ]
  edge [
    source 15
    target 26
    LinkLabel "ARCOS"
  ]
  edge [
    source 16
    target 17
    LinkLabel "ARCOS"
  ]
  edge [
    source 16
    target 55
    LinkLabel "ARCOS"
  ]
  edge [
    source 17
    target 58
    LinkLabel "ARCOS"
  ]
  edge [
    source 18
    target 19
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 18
    target 47
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Maya"
  ]
  edge [
    source 20
    target 21
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 20
    target 47
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Maya"
  ]
  edge [
    source 22
    target 24
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 22
    target 54
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 22
    target 23
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 24
    target 25
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 25
    target 53
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 26
    target 31
    LinkLabel "ARCOS"
  ]
  edge [
    source 28
    target 65
    LinkLabel "ARCOS"
  ]
  edge [
    source 28
    target 66
    LinkLabel "ARCOS"
  ]
  edge [
    source 28
    target 67
    LinkLabel "ARCOS"
  ]
  edge [
    source 29
    target 67
    LinkLabel "Maya"
  ]
  edge [
    source 29
    target 46
    LinkLabel "Maya"
  ]
  edge [
    source 30
    target 59
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 30
    target 45
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 31
    target 49
    LinkLabel "Maya"
  ]
  edge [
    source 31
    target 44
    LinkLabel "ARCOS"
  ]
  edge [
    source 32
    target 59
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 32
    target 44
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 33
    target 49
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 33
    target 42
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 33
    target 45
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 35
    target 51
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 35
    target 52
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 35
    target 53
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 36
    target 37
    LinkType "Fiber"
    LinkLabel "Terrestrial Fiber Partners"
    LinkNote "Terrestrial  Partners"
  ]
  edge [
    source 38
    target 41
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 38
    target 42
    LinkLabel "CFX Express Route"
  ]
  edge [
    source 39
    target 40
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 39
    target 55
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 40
    target 41
    LinkLabel "CFX Express Route"
  ]
  edge [
    source 43
    target 46
    LinkLabel "Maya"
  ]
  edge [
    source 44
    target 59
    LinkLabel "ARCOS"
  ]
  edge [
    source 44
    target 45
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 45
    target 49
    LinkLabel "Fibralink, Carribean Crossings, ECLink"
  ]
  edge [
    source 47
    target 48
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 48
    target 57
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 50
    target 57
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 50
    target 54
    LinkLabel "Off-Net Subsea Carrier Networks"
  ]
  edge [
    source 55
    target 56
    LinkLabel "ARCOS"
  ]
  edge [
    source 56
    target 57
    LinkLabel "ARCOS"
  ]
  edge [
    source 58
    target 59
    LinkLabel "ARCOS"
  ]
  edge [
    source 60
    target 68
    LinkLabel "ARCOS"
  ]
  edge [
    source 60
    target 69
    LinkLabel "ARCOS"
  ]
  edge [
    source 61
    target 69
    LinkLabel "ARCOS"
  ]
  edge [
    source 62
    target 63
    LinkLabel "Maya"
  ]
  edge [
    source 63
    target 64
    LinkLabel "Maya"
  ]
  edge [
    source 63
    target 65
    LinkLabel "Maya"
  ]
  edge [
    source 67
    target 68
    LinkLabel "ARCOS"
  ]
]
