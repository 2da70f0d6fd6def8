graph [
  DateObtained "22/03/11"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "NORDU"
  Provenance "Primary"
  Note "CERT + NEWS + DNS. Link speeds ambigious in 'The History of Nordunet', pg 47"
  Source "https://wiki.nordu.net/display/NORDUwiki/The+History+of+NORDUnet"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Nordu1997"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "22/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "1997"
  DateYear "1997"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Lviv"
    Country "Ukraine"
    Longitude 24.02324
    Internal 1
    Latitude 49.83826
  ]
  node [
    id 1
    label "Oslo"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
  ]
  node [
    id 2
    label "Kaunas"
    Country "Lithuania"
    Longitude 23.9
    Internal 1
    Latitude 54.9
  ]
  node [
    id 3
    label "Warsaw"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
  ]
  node [
    id 4
    label "Tallinn"
    Country "Estonia"
    Longitude 24.75353
    Internal 1
    Latitude 59.43696
  ]
  node [
    id 5
    label "Riga"
    Country "Latvia"
    Longitude 24.10589
    Internal 1
    Latitude 56.946
  ]
  node [
    id 6
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 7
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
  ]
  node [
    id 8
    label "Copenhagen"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
  ]
  node [
    id 9
    label "Reykjavik"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
  ]
  node [
    id 10
    label "TEN-34"
    Internal 0
  ]
  node [
    id 11
    label "USA"
    Internal 0
  ]
  node [
    id 12
    label "Petrozavodsk"
    Country "Russia"
    Longitude 34.34691
    Internal 1
    Latitude 61.78491
  ]
  node [
    id 13
    label "St Petersburg"
    Country "Russia"
    Longitude 30.26417
    Internal 1
    Latitude 59.89444
  ]
  edge [
    source 0
    target 6
    LinkLabel "Thin Line"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Thick Line"
  ]
  edge [
    source 2
    target 6
    LinkLabel "Thin Line"
  ]
  edge [
    source 3
    target 6
    LinkLabel "Thin Line"
  ]
  edge [
    source 4
    target 7
    LinkLabel "Thin Line"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Thin Line"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Thick Line"
  ]
  edge [
    source 6
    target 8
    LinkLabel "Thick Line"
  ]
  edge [
    source 6
    target 9
    LinkLabel "Thin Line"
  ]
  edge [
    source 6
    target 10
    LinkLabel "Thick Line"
  ]
  edge [
    source 6
    target 11
    LinkLabel "Thick Line"
  ]
  edge [
    source 7
    target 12
    LinkLabel "Thin Line"
  ]
  edge [
    source 7
    target 13
    LinkLabel "Thin Line"
  ]
]
