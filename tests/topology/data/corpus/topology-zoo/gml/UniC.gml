graph [
  DateObtained "21/10/10"
  GeoLocation "Denmark"
  GeoExtent "Country"
  Network "Uni-C"
  Provenance "Primary"
  Note "There are router maps of certain PoPs available on the website, but we dont include them. Names from http://www.forskningsnettet.dk/konferencer/2010/powerpoint/Tirsdag/Tspor1_1145MBE.pdf and http://www.forskningsnettet.dk/en/netstruktur"
  Source "http://www.forskningsnettet.dk/en/net"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "UniC"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Odense"
    Country "Denmark"
    Longitude 10.38831
    Internal 1
    Latitude 55.39594
    type "10Gbps connection"
  ]
  node [
    id 1
    label "Nyborg"
    Country "Denmark"
    Longitude 10.78964
    Internal 1
    Latitude 55.31274
    type "Lower speed connection"
  ]
  node [
    id 2
    label "Vejle"
    Country "Denmark"
    Longitude 9.5357
    Internal 1
    Latitude 55.70927
    type "Lower speed connection"
  ]
  node [
    id 3
    label "Kolding"
    Country "Denmark"
    Longitude 9.47216
    Internal 1
    Latitude 55.4904
    type "Lower speed connection"
  ]
  node [
    id 4
    label "Holbaek"
    Country "Denmark"
    Longitude 11.71667
    Internal 1
    Latitude 55.71667
    type "Lower speed connection"
  ]
  node [
    id 5
    label "Lyngby"
    Country "Denmark"
    Longitude 12.50378
    Internal 1
    Latitude 55.77044
    type "10Gbps connection"
  ]
  node [
    id 6
    label "Slagelse"
    Country "Denmark"
    Longitude 11.35459
    Internal 1
    Latitude 55.40276
    type "Lower speed connection"
  ]
  node [
    id 7
    label "Naestved"
    Country "Denmark"
    Longitude 11.54766
    Internal 1
    Latitude 55.30604
    type "Lower speed connection"
  ]
  node [
    id 8
    label "Orestad"
    Country "Denmark"
    Longitude 12.60035
    Internal 1
    Latitude 55.6303
    type "10Gbps connection"
  ]
  node [
    id 9
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  node [
    id 10
    label "NORDUnet"
    Internal 0
  ]
  node [
    id 11
    label "NORDUnet"
    Internal 0
  ]
  node [
    id 12
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  node [
    id 13
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  node [
    id 14
    label "None"
    Internal 0
  ]
  node [
    id 15
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  node [
    id 16
    label "Herning"
    Country "Denmark"
    Longitude 8.97378
    Internal 1
    Latitude 56.13932
    type "Lower speed connection"
  ]
  node [
    id 17
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  node [
    id 18
    label "Aalborg"
    Country "Denmark"
    Longitude 9.9187
    Internal 1
    Latitude 57.048
    type "10Gbps connection"
  ]
  node [
    id 19
    label "Farso"
    Country "Denmark"
    Longitude 9.33926
    Internal 1
    Latitude 56.77276
    type "Lower speed connection"
  ]
  node [
    id 20
    label "Hobro"
    Country "Denmark"
    Longitude 9.79029
    Internal 1
    Latitude 56.64306
    type "Lower speed connection"
  ]
  node [
    id 21
    label "Silkeborg"
    Country "Denmark"
    Longitude 9.54508
    Internal 1
    Latitude 56.1697
    type "Lower speed connection"
  ]
  node [
    id 22
    label "Arthus"
    Country "Denmark"
    Longitude 10.21076
    Internal 1
    Latitude 56.15674
    type "10Gbps connection"
  ]
  node [
    id 23
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  node [
    id 24
    label "None"
    Internal 1
    type "Lower speed connection"
  ]
  edge [
    source 0
    target 1
    id "e15"
  ]
  edge [
    source 0
    target 1
    id "e14"
  ]
  edge [
    source 0
    target 2
    id "e12"
  ]
  edge [
    source 0
    target 3
    id "e13"
  ]
  edge [
    source 1
    target 6
    id "e16"
  ]
  edge [
    source 1
    target 7
    id "e17"
  ]
  edge [
    source 2
    target 16
    id "e10"
  ]
  edge [
    source 2
    target 3
    id "e11"
  ]
  edge [
    source 2
    target 22
    id "e8"
  ]
  edge [
    source 4
    target 5
    id "e20"
  ]
  edge [
    source 4
    target 6
    id "e18"
  ]
  edge [
    source 5
    target 8
    id "e21"
  ]
  edge [
    source 5
    target 8
    id "e22"
  ]
  edge [
    source 5
    target 11
    id "e25"
  ]
  edge [
    source 5
    target 12
    id "e24"
  ]
  edge [
    source 5
    target 13
    id "e23"
  ]
  edge [
    source 7
    target 8
    id "e19"
  ]
  edge [
    source 8
    target 10
    id "e27"
  ]
  edge [
    source 8
    target 14
    id "e26"
  ]
  edge [
    source 9
    target 13
    id "e28"
  ]
  edge [
    source 15
    target 22
    id "e7"
  ]
  edge [
    source 16
    target 21
    id "e5"
  ]
  edge [
    source 17
    target 18
    id "e0"
  ]
  edge [
    source 18
    target 19
    id "e1"
  ]
  edge [
    source 18
    target 20
    id "e2"
  ]
  edge [
    source 19
    target 21
    id "e3"
  ]
  edge [
    source 20
    target 22
    id "e4"
  ]
  edge [
    source 21
    target 23
    id "e6"
  ]
  edge [
    source 22
    target 24
    id "e9"
  ]
]
