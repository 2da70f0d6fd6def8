graph [
  name "abilene"
  directed 0
  stats [
    nodes 11
    links 14
    demands 110
    min_degree 2
    avg_degree 2.55
    std_degree 0.5
    max_degree 3
    gini 0.1
    min_link_len 263.4
    avg_link_len 1006.17
    max_link_len 2207.38
    diameter_len 4824.46
    diameter_hops 5
    avg_sdp_num 1.09
    max_sdp_num 2
    avg_sdp_hops 2.42
    avg_sdp_len 1319.87
    avg_adp_num 2.05
    max_adp_num 3
    avg_adp_hops 3.3
    avg_adp_len 3232.22
  ]
  node [
    id 0
    label "New York"
    lon -74.01
    lat 40.71
  ]
  node [
    id 1
    label "Chicago"
    lon -87.65
    lat 41.85
  ]
  node [
    id 2
    label "Washington DC"
    lon -77.04
    lat 38.9
  ]
  node [
    id 3
    label "Seattle"
    lon -122.33
    lat 47.61
  ]
  node [
    id 4
    label "Sunnyvale"
    lon -122.04
    lat 37.37
  ]
  node [
    id 5
    label "Los Angeles"
    lon -118.24
    lat 34.05
  ]
  node [
    id 6
    label "Denver"
    lon -104.98
    lat 39.74
  ]
  node [
    id 7
    label "Kansas City"
    lon -94.63
    lat 39.11
  ]
  node [
    id 8
    label "Houston"
    lon -95.36
    lat 29.76
  ]
  node [
    id 9
    label "Atlanta"
    lon -84.39
    lat 33.75
  ]
  node [
    id 10
    label "Indianapolis"
    lon -86.16
    lat 39.77
  ]
  edge [
    source 0
    target 1
    dist 1146.16
  ]
  edge [
    source 0
    target 2
    dist 328.58
  ]
  edge [
    source 1
    target 10
    dist 263.4
  ]
  edge [
    source 2
    target 9
    dist 872.17
  ]
  edge [
    source 3
    target 4
    dist 1138.92
  ]
  edge [
    source 3
    target 6
    dist 1641.58
  ]
  edge [
    source 4
    target 5
    dist 503.3
  ]
  edge [
    source 4
    target 6
    dist 1504.02
  ]
  edge [
    source 5
    target 8
    dist 2207.38
  ]
  edge [
    source 6
    target 7
    dist 892.06
  ]
  edge [
    source 7
    target 8
    dist 1042.24
  ]
  edge [
    source 7
    target 10
    dist 730.85
  ]
  edge [
    source 8
    target 9
    dist 1127.88
  ]
  edge [
    source 9
    target 10
    dist 687.8
  ]
]