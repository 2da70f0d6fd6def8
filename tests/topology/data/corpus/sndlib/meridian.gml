graph [
  name "meridian"
  directed 0
  stats [
    nodes 12
    links 17
    demands 100
    min_degree 2
    avg_degree 2.83
    std_degree 0.69
    max_degree 4
    min_link_len 86.5
    avg_link_len 254.07
    max_link_len 505.74
  ]
  node [
    id 0
    label "Belsund"
    lon 11.18
    lat 49.18
  ]
  node [
    id 1
    label "Dunsundcor"
    lon 17.57
    lat 46.52
  ]
  node [
    id 2
    label "Elmorbel Bay"
    lon 14.89
    lat 45.39
  ]
  node [
    id 3
    label "Ostjorvik"
    lon 16.68
    lat 52.65
  ]
  node [
    id 4
    label "Osttorost"
    lon 15.73
    lat 53.75
  ]
  node [
    id 5
    label "Pelsund"
    lon 13.14
    lat 51.95
  ]
  node [
    id 6
    label "Sankt norelsund"
    lon 15.94
    lat 50.8
  ]
  node [
    id 7
    label "Torbelros"
    lon 14.56
    lat 53.4
  ]
  node [
    id 8
    label "Tordun"
    lon 19.45
    lat 49.74
  ]
  node [
    id 9
    label "Tortor"
    lon 16.64
    lat 45.61
  ]
  node [
    id 10
    label "&#216;sterfenhol"
    lon 17.01
    lat 51.47
  ]
  node [
    id 11
    label "&#216;sternornor"
    lon 19.93
    lat 53.22
  ]
  edge [
    source 0
    target 2
    dist 505.74
  ]
  edge [
    source 0
    target 5
    dist 337.66
  ]
  edge [
    source 1
    target 6
    dist 490.71
  ]
  edge [
    source 1
    target 8
    dist 384.24
  ]
  edge [
    source 1
    target 9
    dist 124.04
  ]
  edge [
    source 2
    target 9
    dist 138.56
  ]
  edge [
    source 3
    target 4
    dist 137.71
  ]
  edge [
    source 3
    target 10
    dist 133.14
  ]
  edge [
    source 3
    target 11
    dist 226.82
  ]
  edge [
    source 4
    target 7
    dist 86.5
  ]
  edge [
    source 5
    target 6
    dist 232.62
  ]
  edge [
    source 5
    target 7
    dist 187.51
  ]
  edge [
    source 6
    target 7
    dist 304.07
  ]
  edge [
    source 6
    target 10
    dist 105.47
  ]
  edge [
    source 8
    target 10
    dist 258.15
  ]
  edge [
    source 8
    target 11
    dist 388.38
  ]
  edge [
    source 10
    target 11
    dist 277.82
  ]
]
