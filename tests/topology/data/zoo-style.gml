Creator "hand-made, in the style of the Internet Topology Zoo"
graph [
  DateObtained "22/10/10"
  GeoLocation "Europe"
  Network "Zooland"
  Backbone 1
  node [
    id 0
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    graphics [
      x 10.0
      y -5
    ]
  ]
  node [
    id 1
    label "Lyon"
    Internal 1
  ]
  node [
    id 2
    label "Lyon"
    Internal 1
  ]
  # a customer site without a label
  node [
    id 3
    Internal 0
  ]
  edge [
    source 0
    target 1
    LinkLabel "10G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 1
    LinkLabel "10G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 2
    LinkNote "caf&#233; &amp; &quot;bar&quot;"
  ]
  edge [
    source 2
    target 3
  ]
]
