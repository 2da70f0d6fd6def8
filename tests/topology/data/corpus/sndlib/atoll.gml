graph [
  name "atoll"
  directed 0
  stats [
    nodes 8
    links 12
    demands 38
    min_degree 2
    avg_degree 3.0
    std_degree 1.0
    max_degree 4
    min_link_len 266.17
    avg_link_len 640.2
    max_link_len 886.32
  ]
  node [
    id 0
    label "Arcorfen"
    lon 168.42
    lat -19.08
  ]
  node [
    id 1
    label "Holel"
    lon 166.02
    lat -18.33
  ]
  node [
    id 2
    label "Jorar"
    lon 168.71
    lat -11.82
  ]
  node [
    id 3
    label "Pelvikmor"
    lon 151.95
    lat -22.96
  ]
  node [
    id 4
    label "Sundholgar"
    lon 154.34
    lat -10.52
  ]
  node [
    id 5
    label "Sundsundpel"
    lon 158.72
    lat -15.6
  ]
  node [
    id 6
    label "Torcorvik Bay"
    lon 156.02
    lat -17.39
  ]
  node [
    id 7
    label "Torsund Bay"
    lon 157.72
    lat -19.74
  ]
  edge [
    source 0
    target 1
    dist 266.17
  ]
  edge [
    source 0
    target 2
    dist 807.87
  ]
  edge [
    source 1
    target 2
    dist 779.3
  ]
  edge [
    source 1
    target 5
    dist 833.5
  ]
  edge [
    source 1
    target 7
    dist 886.32
  ]
  edge [
    source 3
    target 6
    dist 750.9
  ]
  edge [
    source 3
    target 7
    dist 696.49
  ]
  edge [
    source 4
    target 5
    dist 737.56
  ]
  edge [
    source 4
    target 6
    dist 785.1
  ]
  edge [
    source 5
    target 6
    dist 349.97
  ]
  edge [
    source 5
    target 7
    dist 472.37
  ]
  edge [
    source 6
    target 7
    dist 316.84
  ]
]
