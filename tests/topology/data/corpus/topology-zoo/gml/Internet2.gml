graph [
  DateObtained ""
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Abilene"
  Note "Only Abilene IP nodes are included in the graphml file - Internet 2"
  Source "http://www.internet2.edu/pubs/200904-Internet2CombinedInfrastructureTopology.pdf"
  Version "1.0"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Internet2"
  Customer 0
  LastAccess "7/10/10"
  Access 0
  Layer "Fibre"
  Classification "Backbone Transit?"
  Creator "Topology Zoo Toolset"
  Developed "developed"
  Transit 0
  NetworkDate "C"
  Testbed 0
  SvnVersion 8108
  node [
    id 0
    label "Pacific Northwest Gigapop"
  ]
  node [
    id 1
    label "University of Utah"
  ]
  node [
    id 2
    label "CENIC"
  ]
  node [
    id 3
    label "LEARN"
  ]
  node [
    id 4
    label "GPN"
  ]
  node [
    id 5
    label "MREN"
  ]
  node [
    id 6
    label "FLR/SOX"
  ]
  node [
    id 7
    label "MAX"
  ]
  node [
    id 8
    label "NOX"
  ]
  node [
    id 9
    label "Oregon Gigapop"
  ]
  node [
    id 10
    label ""
    hyperedge 1
  ]
  node [
    id 11
    label ""
    hyperedge 1
  ]
  node [
    id 12
    label ""
    hyperedge 1
  ]
  node [
    id 13
    label "Indiana GigaPoP"
  ]
  node [
    id 14
    label "KyRON"
  ]
  node [
    id 15
    label "University of Memphis"
  ]
  node [
    id 16
    label "MCNC/SCGPoP"
  ]
  node [
    id 17
    label "3ROX"
  ]
  node [
    id 18
    label "MAGPI"
  ]
  node [
    id 19
    label "NYSERNet"
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 9
  ]
  edge [
    source 1
    target 2
  ]
  edge [
    source 1
    target 11
  ]
  edge [
    source 1
    target 10
  ]
  edge [
    source 2
    target 10
  ]
  edge [
    source 2
    target 12
  ]
  edge [
    source 3
    target 12
  ]
  edge [
    source 3
    target 4
  ]
  edge [
    source 3
    target 6
  ]
  edge [
    source 4
    target 11
  ]
  edge [
    source 4
    target 5
  ]
  edge [
    source 5
    target 8
  ]
  edge [
    source 5
    target 17
  ]
  edge [
    source 5
    target 13
  ]
  edge [
    source 6
    target 16
  ]
  edge [
    source 6
    target 15
  ]
  edge [
    source 7
    target 16
  ]
  edge [
    source 7
    target 17
  ]
  edge [
    source 7
    target 18
  ]
  edge [
    source 8
    target 19
  ]
  edge [
    source 9
    target 10
  ]
  edge [
    source 11
    target 12
  ]
  edge [
    source 13
    target 14
  ]
  edge [
    source 14
    target 15
  ]
  edge [
    source 18
    target 19
  ]
]
