graph [
  DateObtained "31/03/11"
  GeoLocation "UK"
  GeoExtent "Country"
  Network "Janet Backbone"
  Provenance "Primary"
  Access 0
  Source "http://www.ja.net/images/company/network-topology/topology-map.pdf"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Janetbackbone"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "31/03/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "TVN"
    Country "United Kingdom"
    Longitude -0.93083
    Internal 1
    Latitude 51.46117
    type "Node"
  ]
  node [
    id 1
    label "SWERN"
    Country "United Kingdom"
    Longitude -2.35907
    Internal 1
    Latitude 51.37795
    type "Node"
  ]
  node [
    id 2
    label "MidMAN"
    Country "United Kingdom"
    Longitude -1.96667
    Internal 1
    Latitude 52.5
    type "Node"
  ]
  node [
    id 3
    label "WREN"
    Country "United Kingdom"
    Longitude -3.18
    Internal 1
    Latitude 51.48
    type "Node"
  ]
  node [
    id 4
    label "LMN"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Node"
  ]
  node [
    id 5
    label "EastNet"
    Country "United Kingdom"
    Longitude 0.11667
    Internal 1
    Latitude 52.2
    type "Node"
  ]
  node [
    id 6
    label "LeNSE"
    Country "United Kingdom"
    Longitude -1.40428
    Internal 1
    Latitude 50.90395
    type "Node"
  ]
  node [
    id 7
    label "Kentish MAN"
    Country "United Kingdom"
    Longitude 0.54863
    Internal 1
    Latitude 51.38914
    type "Node"
  ]
  node [
    id 8
    label "EMMAN"
    Country "United Kingdom"
    Longitude -1.32806
    Internal 1
    Latitude 52.83111
    type "Node"
  ]
  node [
    id 9
    label "Dublin"
    Internal 1
    type "Blue Square"
  ]
  node [
    id 10
    label "Sco-locate"
    Country "United Kingdom"
    Longitude -3.2
    Internal 1
    Latitude 55.95
    type "Blue Square"
  ]
  node [
    id 11
    label "Reading"
    Country "United Kingdom"
    Longitude -0.97113
    Internal 1
    Latitude 51.45625
    type "Core Node"
  ]
  node [
    id 12
    label "Leeds"
    Country "United Kingdom"
    Longitude -1.54785
    Internal 1
    Latitude 53.79648
    type "Core Node"
  ]
  node [
    id 13
    label "Warrington"
    Country "United Kingdom"
    Longitude -2.58024
    Internal 1
    Latitude 53.39254
    type "Core Node"
  ]
  node [
    id 14
    label "Glasgow"
    Country "United Kingdom"
    Longitude -4.25763
    Internal 1
    Latitude 55.86515
    type "Core Node"
  ]
  node [
    id 15
    label "Telehouse"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Core Node"
  ]
  node [
    id 16
    label "Telecity"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Core Node"
  ]
  node [
    id 17
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Core Node"
  ]
  node [
    id 18
    label "Bristol"
    Country "United Kingdom"
    Longitude -2.58333
    Internal 1
    Latitude 51.45
    type "Core Node"
  ]
  node [
    id 19
    label "C&NLMAN"
    Country "United Kingdom"
    Longitude -2.83333
    Internal 1
    geocode_id "2651712"
    Latitude 54.58333
    type "Node"
  ]
  node [
    id 20
    label "NIRAN"
    Country "United Kingdom"
    Longitude -6.5
    Internal 1
    geocode_id "2641364"
    Latitude 54.5
    type "Node"
  ]
  node [
    id 21
    label "UHIMI"
    Country "United Kingdom"
    Longitude -4.71
    Internal 1
    Latitude 57.12
    type "Node"
  ]
  node [
    id 22
    label "AbMAN"
    Country "United Kingdom"
    Longitude -2.09814
    Internal 1
    Latitude 57.14369
    type "Node"
  ]
  node [
    id 23
    label "FaTMAN"
    Country "United Kingdom"
    Longitude -2.79902
    Internal 1
    Latitude 56.33871
    type "Node"
  ]
  node [
    id 24
    label "EaStMAN"
    Country "United Kingdom"
    Longitude -3.2
    Internal 1
    Latitude 55.95
    type "Node"
  ]
  node [
    id 25
    label "Clydenet"
    Country "United Kingdom"
    Longitude -4.25763
    Internal 1
    Latitude 55.86515
    type "Node"
  ]
  node [
    id 26
    label "NorMAN"
    Country "United Kingdom"
    Longitude -1.61396
    Internal 1
    Latitude 54.97328
    type "Node"
  ]
  node [
    id 27
    label "YHMAN"
    Country "United Kingdom"
    Longitude -0.40443
    Internal 1
    Latitude 54.27966
    type "Node"
  ]
  node [
    id 28
    label "NNW"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
    type "Node"
  ]
  edge [
    source 0
    target 11
    LinkLabel "Purple Link"
  ]
  edge [
    source 0
    target 4
    LinkLabel "Purple Link"
  ]
  edge [
    source 1
    target 18
    LinkLabel "Purple Link"
  ]
  edge [
    source 1
    target 3
    LinkLabel "Purple Link"
  ]
  edge [
    source 2
    target 12
    LinkLabel "Purple Link"
  ]
  edge [
    source 2
    target 13
    LinkLabel "Purple Link"
  ]
  edge [
    source 3
    target 11
    LinkLabel "Purple Link"
  ]
  edge [
    source 4
    target 17
    LinkLabel "Purple Link"
  ]
  edge [
    source 5
    target 17
    LinkLabel "Purple Link"
  ]
  edge [
    source 5
    target 12
    LinkLabel "Purple Link"
  ]
  edge [
    source 6
    target 17
    LinkLabel "Purple Link"
  ]
  edge [
    source 6
    target 18
    LinkLabel "Purple Link"
  ]
  edge [
    source 7
    target 17
    LinkLabel "Purple Link"
  ]
  edge [
    source 7
    target 11
    LinkLabel "Purple Link"
  ]
  edge [
    source 8
    target 17
    LinkLabel "Purple Link"
  ]
  edge [
    source 8
    target 12
    LinkLabel "Purple Link"
  ]
  edge [
    source 9
    target 20
    LinkLabel "Purple Link"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Purple Link"
  ]
  edge [
    source 10
    target 12
    LinkLabel "Red Link"
  ]
  edge [
    source 10
    target 14
    LinkLabel "Red Link"
  ]
  edge [
    source 11
    target 13
    LinkLabel "Red Link"
  ]
  edge [
    source 11
    target 16
    LinkLabel "Red Link"
  ]
  edge [
    source 11
    target 18
    LinkLabel "Red Link"
  ]
  edge [
    source 12
    target 13
    LinkLabel "Red Link"
  ]
  edge [
    source 12
    target 17
    LinkLabel "Red Link"
  ]
  edge [
    source 12
    target 23
    LinkLabel "Purple Link"
  ]
  edge [
    source 12
    target 24
    LinkLabel "Purple Link"
  ]
  edge [
    source 12
    target 26
    LinkLabel "Purple Link"
  ]
  edge [
    source 12
    target 27
    LinkLabel "Purple Link"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Red Link"
  ]
  edge [
    source 13
    target 19
    LinkLabel "Purple Link"
  ]
  edge [
    source 13
    target 28
    LinkLabel "Purple Link"
  ]
  edge [
    source 14
    target 19
    LinkLabel "Purple Link"
  ]
  edge [
    source 14
    target 20
    LinkLabel "Purple Link"
  ]
  edge [
    source 14
    target 21
    LinkLabel "Purple Link"
  ]
  edge [
    source 14
    target 25
    LinkLabel "Purple Link"
  ]
  edge [
    source 14
    target 26
    LinkLabel "Purple Link"
  ]
  edge [
    source 14
    target 28
    LinkLabel "Purple Link"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Red Link"
  ]
  edge [
    source 15
    target 17
    LinkLabel "Red Link"
  ]
  edge [
    source 17
    target 18
    LinkLabel "Red Link"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Purple Link"
  ]
  edge [
    source 22
    target 23
    LinkLabel "Purple Link"
  ]
  edge [
    source 24
    target 25
    LinkLabel "Purple Link"
  ]
  edge [
    source 27
    target 28
    LinkLabel "Purple Link"
  ]
]
