graph [
  DateObtained "14/01/11"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "NSF"
  Provenance "Secondary"
  Access 0
  Source "http://www.nthelp.com/images/nsf.jpg"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Nsfnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "14/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "SEQSUINET, Rice University, Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 1
    label "Jon Von Neumann Center, Princeton, NJ"
    Country "United States"
    Longitude -74.65905
    Internal 1
    Latitude 40.34872
  ]
  node [
    id 2
    label "SURANET, Georgia Tech, Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 3
    label "Pittsburgh Supercomputer Center"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
  ]
  node [
    id 4
    label "Cornell Theory Center, Ithaca NY"
    Country "United States"
    Longitude -76.49661
    Internal 1
    Latitude 42.44063
  ]
  node [
    id 5
    label "NorthWestNet, Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 6
    label "BARRnet, Palo Alto"
    Country "United States"
    Longitude -122.14302
    Internal 1
    Latitude 37.44188
  ]
  node [
    id 7
    label "San Diego Supercomputer Center"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
  ]
  node [
    id 8
    label "Westnet, Salt Lake City"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 9
    label "NCAR, Boulder"
    Country "United States"
    Longitude -105.27055
    Internal 1
    Latitude 40.01499
  ]
  node [
    id 10
    label "MIDnet, Lincoln, NE"
    Country "United States"
    Longitude -96.66696
    Internal 1
    Latitude 40.8
  ]
  node [
    id 11
    label "NCSA, University of Illinois, Champaign"
    Country "United States"
    Longitude -88.24338
    Internal 1
    Latitude 40.11642
  ]
  node [
    id 12
    label "Merit Univ of Michigan, Ann Arbor"
    Country "United States"
    Longitude -83.74088
    Internal 1
    Latitude 42.27756
  ]
  edge [
    source 0
    target 2
    id "e14"
  ]
  edge [
    source 0
    target 11
    id "e8"
  ]
  edge [
    source 0
    target 7
    id "e4"
  ]
  edge [
    source 1
    target 2
    id "e13"
  ]
  edge [
    source 1
    target 4
    id "e12"
  ]
  edge [
    source 3
    target 12
    id "e10"
  ]
  edge [
    source 4
    target 12
    id "e11"
  ]
  edge [
    source 5
    target 9
    id "e1"
  ]
  edge [
    source 5
    target 6
    id "e0"
  ]
  edge [
    source 6
    target 12
    LinkType "T1"
    LinkLabel "T1"
  ]
  edge [
    source 6
    target 7
    id "e2"
  ]
  edge [
    source 8
    target 9
    id "e5"
  ]
  edge [
    source 9
    target 11
    id "e6"
  ]
  edge [
    source 10
    target 11
    id "e7"
  ]
  edge [
    source 11
    target 12
    id "e9"
  ]
]
