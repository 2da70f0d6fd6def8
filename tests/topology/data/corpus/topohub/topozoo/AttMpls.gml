graph [
  name "attmpls"
  directed 0
  stats [
    nodes 25
    links 56
    demands 600
    min_degree 2
    avg_degree 4.48
    std_degree 2.25
    max_degree 10
    gini 0.27
    min_link_len 120.79
    avg_link_len 908.12
    max_link_len 2984.23
    diameter_len 4815.48
    diameter_hops 5
    avg_sdp_num 1.31
    max_sdp_num 4
    avg_sdp_hops 2.38
    avg_sdp_len 1156.27
    avg_adp_num 3.2
    max_adp_num 9
    avg_adp_hops 3.36
    avg_adp_len 3112.98
  ]
  node [
    id 0
    label "NY54"
    lon -74.01
    lat 40.71
  ]
  node [
    id 1
    label "CMBR"
    lon -71.11
    lat 42.38
  ]
  node [
    id 2
    label "CHCG"
    lon -87.65
    lat 41.85
  ]
  node [
    id 3
    label "CLEV"
    lon -81.7
    lat 41.5
  ]
  node [
    id 4
    label "RLGH"
    lon -78.64
    lat 35.77
  ]
  node [
    id 5
    label "ATLN"
    lon -84.39
    lat 33.75
  ]
  node [
    id 6
    label "PHLA"
    lon -75.16
    lat 39.95
  ]
  node [
    id 7
    label "WASH"
    lon -77.04
    lat 38.9
  ]
  node [
    id 8
    label "NSVL"
    lon -86.78
    lat 36.17
  ]
  node [
    id 9
    label "STLS"
    lon -90.2
    lat 38.63
  ]
  node [
    id 10
    label "NWOR"
    lon -90.08
    lat 29.95
  ]
  node [
    id 11
    label "HSTN"
    lon -95.36
    lat 29.76
  ]
  node [
    id 12
    label "SNAN"
    lon -98.49
    lat 29.42
  ]
  node [
    id 13
    label "DLLS"
    lon -96.81
    lat 32.78
  ]
  node [
    id 14
    label "ORLD"
    lon -81.38
    lat 28.54
  ]
  node [
    id 15
    label "DNVR"
    lon -104.98
    lat 39.74
  ]
  node [
    id 16
    label "KSCY"
    lon -94.63
    lat 39.11
  ]
  node [
    id 17
    label "SNFN"
    lon -122.42
    lat 37.77
  ]
  node [
    id 18
    label "SCRM"
    lon -121.49
    lat 38.58
  ]
  node [
    id 19
    label "PTLD"
    lon -122.68
    lat 45.52
  ]
  node [
    id 20
    label "STTL"
    lon -122.33
    lat 47.61
  ]
  node [
    id 21
    label "SLKC"
    lon -111.89
    lat 40.76
  ]
  node [
    id 22
    label "LA03"
    lon -118.24
    lat 34.05
  ]
  node [
    id 23
    label "SNDG"
    lon -117.16
    lat 32.72
  ]
  node [
    id 24
    label "PHNX"
    lon -112.07
    lat 33.45
  ]
  edge [
    source 0
    target 1
    dist 303.97
  ]
  edge [
    source 0
    target 2
    dist 1146.16
  ]
  edge [
    source 0
    target 6
    dist 129.69
  ]
  edge [
    source 0
    target 7
    dist 328.58
  ]
  edge [
    source 1
    target 6
    dist 433.6
  ]
  edge [
    source 2
    target 3
    dist 496.14
  ]
  edge [
    source 2
    target 6
    dist 1069.69
  ]
  edge [
    source 2
    target 9
    dist 418.62
  ]
  edge [
    source 2
    target 15
    dist 1475.8
  ]
  edge [
    source 2
    target 16
    dist 663.81
  ]
  edge [
    source 2
    target 17
    dist 2984.23
  ]
  edge [
    source 2
    target 20
    dist 2789.45
  ]
  edge [
    source 2
    target 21
    dist 2022.31
  ]
  edge [
    source 3
    target 8
    dist 738.84
  ]
  edge [
    source 3
    target 9
    dist 790.68
  ]
  edge [
    source 3
    target 6
    dist 576.66
  ]
  edge [
    source 4
    target 5
    dist 571.4
  ]
  edge [
    source 4
    target 7
    dist 375.13
  ]
  edge [
    source 5
    target 7
    dist 872.17
  ]
  edge [
    source 5
    target 8
    dist 346.37
  ]
  edge [
    source 5
    target 9
    dist 752.27
  ]
  edge [
    source 5
    target 13
    dist 1159.21
  ]
  edge [
    source 5
    target 14
    dist 646.38
  ]
  edge [
    source 6
    target 7
    dist 199.27
  ]
  edge [
    source 8
    target 9
    dist 407.28
  ]
  edge [
    source 8
    target 13
    dist 992.36
  ]
  edge [
    source 9
    target 13
    dist 881.99
  ]
  edge [
    source 9
    target 16
    dist 387.35
  ]
  edge [
    source 9
    target 22
    dist 2553.28
  ]
  edge [
    source 10
    target 11
    dist 510.51
  ]
  edge [
    source 10
    target 13
    dist 712.29
  ]
  edge [
    source 10
    target 14
    dist 858.26
  ]
  edge [
    source 11
    target 12
    dist 305.09
  ]
  edge [
    source 11
    target 13
    dist 362.81
  ]
  edge [
    source 11
    target 14
    dist 1364.35
  ]
  edge [
    source 12
    target 24
    dist 1363.0
  ]
  edge [
    source 12
    target 13
    dist 406.66
  ]
  edge [
    source 13
    target 15
    dist 1065.13
  ]
  edge [
    source 13
    target 16
    dist 730.94
  ]
  edge [
    source 13
    target 17
    dist 2382.83
  ]
  edge [
    source 13
    target 22
    dist 1991.54
  ]
  edge [
    source 15
    target 16
    dist 892.06
  ]
  edge [
    source 15
    target 17
    dist 1525.41
  ]
  edge [
    source 15
    target 21
    dist 597.03
  ]
  edge [
    source 16
    target 17
    dist 2416.2
  ]
  edge [
    source 17
    target 18
    dist 120.79
  ]
  edge [
    source 17
    target 19
    dist 862.1
  ]
  edge [
    source 17
    target 20
    dist 1093.52
  ]
  edge [
    source 17
    target 21
    dist 964.75
  ]
  edge [
    source 17
    target 22
    dist 559.28
  ]
  edge [
    source 18
    target 21
    dist 856.64
  ]
  edge [
    source 19
    target 20
    dist 233.15
  ]
  edge [
    source 21
    target 22
    dist 933.1
  ]
  edge [
    source 22
    target 23
    dist 179.7
  ]
  edge [
    source 22
    target 24
    dist 574.42
  ]
  edge [
    source 23
    target 24
    dist 480.65
  ]
]