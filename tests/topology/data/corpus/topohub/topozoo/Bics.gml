graph [
  name "bics"
  directed 0
  stats [
    nodes 33
    links 48
    demands 1056
    min_degree 1
    avg_degree 2.91
    std_degree 1.56
    max_degree 8
    gini 0.28
    min_link_len 54.9
    avg_link_len 417.9
    max_link_len 1585.99
    diameter_len 4194.59
    diameter_hops 8
    avg_sdp_num 1.09
    max_sdp_num 3
    avg_sdp_hops 3.61
    avg_sdp_len 1084.78
    avg_adp_num 1.91
    max_adp_num 5
    avg_adp_hops 4.38
    avg_adp_len 1861.14
  ]
  node [
    id 0
    label "Bratislava"
    lon 17.11
    lat 48.15
  ]
  node [
    id 1
    label "Vienna"
    lon 16.37
    lat 48.21
  ]
  node [
    id 2
    label "Praha"
    lon 14.42
    lat 50.09
  ]
  node [
    id 3
    label "Rotterdam"
    lon 4.48
    lat 51.92
  ]
  node [
    id 4
    label "Roma"
    lon 12.48
    lat 41.89
  ]
  node [
    id 5
    label "Budapest"
    lon 19.04
    lat 47.5
  ]
  node [
    id 6
    label "Ljubjana"
    lon 14.51
    lat 46.05
  ]
  node [
    id 7
    label "Zagreb"
    lon 15.98
    lat 45.81
  ]
  node [
    id 8
    label "Bucharest"
    lon 26.11
    lat 44.43
  ]
  node [
    id 9
    label "Istanbul"
    lon 28.95
    lat 41.01
  ]
  node [
    id 10
    label "Vaduz"
    lon 9.52
    lat 47.14
  ]
  node [
    id 11
    label "Strasbourg"
    lon 7.75
    lat 48.58
  ]
  node [
    id 12
    label "Luxembourg"
    lon 6.13
    lat 49.61
  ]
  node [
    id 13
    label "Zurich"
    lon 8.55
    lat 47.37
  ]
  node [
    id 14
    label "Brussels"
    lon 4.35
    lat 50.85
  ]
  node [
    id 15
    label "Geneva"
    lon 6.15
    lat 46.2
  ]
  node [
    id 16
    label "Milan"
    lon 9.19
    lat 45.46
  ]
  node [
    id 17
    label "Athens"
    lon 23.72
    lat 37.98
  ]
  node [
    id 18
    label "Sofia"
    lon 23.32
    lat 42.7
  ]
  node [
    id 19
    label "Frankfurt"
    lon 8.68
    lat 50.12
  ]
  node [
    id 20
    label "Amsterdam"
    lon 4.89
    lat 52.37
  ]
  node [
    id 21
    label "London"
    lon -0.13
    lat 51.51
  ]
  node [
    id 22
    label "Paris"
    lon 2.35
    lat 48.85
  ]
  node [
    id 23
    label "Stockholm"
    lon 18.06
    lat 59.33
  ]
  node [
    id 24
    label "Warsaw"
    lon 21.01
    lat 52.23
  ]
  node [
    id 25
    label "Kiev"
    lon 30.52
    lat 50.45
  ]
  node [
    id 26
    label "Dublin"
    lon -6.27
    lat 53.34
  ]
  node [
    id 27
    label "Lisbon"
    lon -9.13
    lat 38.72
  ]
  node [
    id 28
    label "Madrid"
    lon -3.7
    lat 40.42
  ]
  node [
    id 29
    label "Barcelona"
    lon 2.16
    lat 41.39
  ]
  node [
    id 30
    label "Marseille"
    lon 5.38
    lat 43.3
  ]
  node [
    id 31
    label "Lyon"
    lon 4.85
    lat 45.75
  ]
  node [
    id 32
    label "Basel"
    lon 7.6
    lat 47.57
  ]
  edge [
    source 0
    target 1
    dist 54.9
  ]
  edge [
    source 0
    target 2
    dist 291.15
  ]
  edge [
    source 0
    target 5
    dist 161.46
  ]
  edge [
    source 1
    target 16
    dist 625.6
  ]
  edge [
    source 1
    target 19
    dist 597.8
  ]
  edge [
    source 2
    target 24
    dist 517.55
  ]
  edge [
    source 2
    target 19
    dist 409.23
  ]
  edge [
    source 3
    target 20
    dist 57.51
  ]
  edge [
    source 3
    target 14
    dist 119.58
  ]
  edge [
    source 4
    target 16
    dist 477.24
  ]
  edge [
    source 4
    target 13
    dist 683.43
  ]
  edge [
    source 5
    target 8
    dist 643.62
  ]
  edge [
    source 5
    target 18
    dist 630.83
  ]
  edge [
    source 5
    target 7
    dist 299.47
  ]
  edge [
    source 6
    target 7
    dist 116.94
  ]
  edge [
    source 8
    target 25
    dist 747.42
  ]
  edge [
    source 8
    target 9
    dist 445.52
  ]
  edge [
    source 9
    target 17
    dist 561.67
  ]
  edge [
    source 10
    target 13
    dist 77.5
  ]
  edge [
    source 11
    target 32
    dist 113.63
  ]
  edge [
    source 11
    target 19
    dist 183.46
  ]
  edge [
    source 11
    target 12
    dist 164.32
  ]
  edge [
    source 12
    target 14
    dist 187.2
  ]
  edge [
    source 13
    target 16
    dist 217.2
  ]
  edge [
    source 13
    target 19
    dist 306.03
  ]
  edge [
    source 13
    target 15
    dist 224.27
  ]
  edge [
    source 14
    target 19
    dist 317.39
  ]
  edge [
    source 14
    target 20
    dist 173.53
  ]
  edge [
    source 14
    target 21
    dist 320.4
  ]
  edge [
    source 14
    target 22
    dist 264.38
  ]
  edge [
    source 15
    target 32
    dist 187.75
  ]
  edge [
    source 15
    target 22
    dist 410.11
  ]
  edge [
    source 15
    target 31
    dist 112.07
  ]
  edge [
    source 16
    target 30
    dist 386.92
  ]
  edge [
    source 17
    target 18
    dist 525.82
  ]
  edge [
    source 19
    target 20
    dist 364.34
  ]
  edge [
    source 19
    target 23
    dist 1186.53
  ]
  edge [
    source 19
    target 24
    dist 890.04
  ]
  edge [
    source 20
    target 21
    dist 357.03
  ]
  edge [
    source 21
    target 26
    dist 463.67
  ]
  edge [
    source 21
    target 27
    dist 1585.99
  ]
  edge [
    source 21
    target 22
    dist 343.87
  ]
  edge [
    source 22
    target 28
    dist 1052.74
  ]
  edge [
    source 22
    target 31
    dist 393.32
  ]
  edge [
    source 24
    target 25
    dist 689.16
  ]
  edge [
    source 28
    target 29
    dist 504.38
  ]
  edge [
    source 29
    target 30
    dist 339.38
  ]
  edge [
    source 30
    target 31
    dist 276.07
  ]
]