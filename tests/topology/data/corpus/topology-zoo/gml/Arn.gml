graph [
  DateObtained "19/10/10"
  GeoLocation "Algeria"
  GeoExtent "Country"
  Network "ARN"
  Provenance "Primary"
  Access 0
  Source "http://www.arn.dz/index.php?option=com_content&amp;task=view&amp;id=18&amp;Itemid=33"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Arn"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "19/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Djelfa"
    Country "Algeria"
    Longitude 3.263
    Internal 1
    Latitude 34.67279
  ]
  node [
    id 1
    label "Medea"
    Country "Algeria"
    Longitude 2.75393
    Internal 1
    Latitude 36.26417
  ]
  node [
    id 2
    label "Internet"
    Internal 0
  ]
  node [
    id 3
    label "Blida"
    Country "Algeria"
    Longitude 2.8277
    Internal 1
    Latitude 36.47004
  ]
  node [
    id 4
    label "ElOued"
    Country "Algeria"
    Longitude 6.86319
    Internal 1
    Latitude 33.35608
  ]
  node [
    id 5
    label "Msila"
    Country "Algeria"
    Longitude 5.67186
    Internal 1
    Latitude 36.65944
  ]
  node [
    id 6
    label "Laghouat"
    Country "Algeria"
    Longitude 2.86514
    Internal 1
    Latitude 33.8
  ]
  node [
    id 7
    label "Ouargla"
    Country "Algeria"
    Longitude 5.32502
    Internal 1
    Latitude 31.94932
  ]
  node [
    id 8
    label "Constantine"
    Country "Algeria"
    Longitude 6.61472
    Internal 1
    Latitude 36.365
  ]
  node [
    id 9
    label "Biskra"
    Country "Algeria"
    Longitude 5.72805
    Internal 1
    Latitude 34.85038
  ]
  node [
    id 10
    label "Batna"
    Country "Algeria"
    Longitude 6.17414
    Internal 1
    Latitude 35.55597
  ]
  node [
    id 11
    label "Tizi Ouzou"
    Country "Algeria"
    Longitude 4.04591
    Internal 1
    Latitude 36.71182
  ]
  node [
    id 12
    label "Annaba"
    Country "Algeria"
    Longitude 7.76667
    Internal 1
    Latitude 36.9
  ]
  node [
    id 13
    label "Guelma"
    Country "Algeria"
    Longitude 7.42608
    Internal 1
    Latitude 36.46214
  ]
  node [
    id 14
    label "Tebessa"
    Country "Algeria"
    Longitude 8.12417
    Internal 1
    Latitude 35.40417
  ]
  node [
    id 15
    label "Oum el Bouaghi"
    Country "Algeria"
    Longitude 7.11353
    Internal 1
    Latitude 35.87541
  ]
  node [
    id 16
    label "Bejaia"
    Country "Algeria"
    Longitude 5.08433
    Internal 1
    Latitude 36.75587
  ]
  node [
    id 17
    label "Setif"
    Country "Algeria"
    Longitude 5.41373
    Internal 1
    Latitude 36.19112
  ]
  node [
    id 18
    label "Skikda"
    Country "Algeria"
    Longitude 6.90921
    Internal 1
    Latitude 36.87617
  ]
  node [
    id 19
    label "Jijel"
    Country "Algeria"
    Longitude 5.76671
    Internal 1
    Latitude 36.82055
  ]
  node [
    id 20
    label "Tiaret"
    Country "Algeria"
    Longitude 1.31699
    Internal 1
    Latitude 35.37103
  ]
  node [
    id 21
    label "GEANT"
    Internal 0
  ]
  node [
    id 22
    label "Alger"
    Country "Algeria"
    Longitude 3.04197
    Internal 1
    Latitude 36.7525
  ]
  node [
    id 23
    label "Chlef"
    Country "Algeria"
    Longitude 1.25538
    Internal 1
    Latitude 36.19591
  ]
  node [
    id 24
    label "Oran"
    Country "Algeria"
    Longitude -0.64167
    Internal 1
    Latitude 35.69111
  ]
  node [
    id 25
    label "Mostaganem"
    Country "Algeria"
    Longitude 0.08918
    Internal 1
    Latitude 35.93115
  ]
  node [
    id 26
    label "Tlemcen"
    Country "Algeria"
    Longitude -1.315
    Internal 1
    Latitude 34.87833
  ]
  node [
    id 27
    label "Sidi Bel Abbes"
    Country "Algeria"
    Longitude -0.63085
    Internal 1
    Latitude 35.18994
  ]
  node [
    id 28
    label "Saida"
    Country "Algeria"
    Longitude 0.15171
    Internal 1
    Latitude 34.83034
  ]
  node [
    id 29
    label "Mascara"
    Country "Algeria"
    Longitude -0.05037
    Internal 1
    Latitude 35.31473
  ]
  edge [
    source 0
    target 22
    id "e5"
  ]
  edge [
    source 1
    target 22
    id "e6"
  ]
  edge [
    source 2
    target 22
    LinkSpeed "60"
    LinkLabel "60Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 60000000.0
  ]
  edge [
    source 3
    target 22
    id "e4"
  ]
  edge [
    source 4
    target 7
    id "e19"
  ]
  edge [
    source 5
    target 8
    id "e20"
  ]
  edge [
    source 6
    target 7
    id "e18"
  ]
  edge [
    source 7
    target 22
    id "e7"
  ]
  edge [
    source 8
    target 9
    id "e21"
  ]
  edge [
    source 8
    target 10
    id "e28"
  ]
  edge [
    source 8
    target 12
    id "e25"
  ]
  edge [
    source 8
    target 13
    id "e24"
  ]
  edge [
    source 8
    target 14
    id "e23"
  ]
  edge [
    source 8
    target 15
    id "e22"
  ]
  edge [
    source 8
    target 18
    id "e27"
  ]
  edge [
    source 8
    target 19
    id "e26"
  ]
  edge [
    source 8
    target 22
    id "e8"
  ]
  edge [
    source 11
    target 22
    id "e11"
  ]
  edge [
    source 16
    target 22
    id "e10"
  ]
  edge [
    source 17
    target 22
    id "e9"
  ]
  edge [
    source 20
    target 24
    id "e17"
  ]
  edge [
    source 21
    target 22
    LinkSpeed "155"
    LinkLabel "155Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 22
    target 23
    id "e0"
  ]
  edge [
    source 22
    target 24
    LinkType "Satellite"
    LinkSpeed "24"
    LinkLabel "24 Mb/s + Satellite"
    LinkSpeedUnits "M"
    LinkSpeedRaw 24000000.0
  ]
  edge [
    source 24
    target 25
    id "e12"
  ]
  edge [
    source 24
    target 26
    id "e13"
  ]
  edge [
    source 24
    target 27
    id "e14"
  ]
  edge [
    source 24
    target 28
    id "e15"
  ]
  edge [
    source 24
    target 29
    id "e16"
  ]
]
