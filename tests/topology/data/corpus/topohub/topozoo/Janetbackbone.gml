graph [
  name "janetbackbone"
  directed 0
  stats [
    nodes 28
    links 43
    demands 756
    min_degree 1
    avg_degree 3.07
    std_degree 2.25
    max_degree 10
    gini 0.31
    min_link_len 0.0
    avg_link_len 126.82
    max_link_len 295.44
    diameter_len 915.49
    diameter_hops 5
    avg_sdp_num 1.16
    max_sdp_num 3
    avg_sdp_hops 2.67
    avg_sdp_len 257.63
    avg_adp_num 2.05
    max_adp_num 7
    avg_adp_hops 3.5
    avg_adp_len 500.56
  ]
  node [
    id 0
    label "TVN"
    lon -0.93
    lat 51.46
  ]
  node [
    id 1
    label "SWERN"
    lon -2.36
    lat 51.38
  ]
  node [
    id 2
    label "MidMAN"
    lon -1.97
    lat 52.5
  ]
  node [
    id 3
    label "WREN"
    lon -3.18
    lat 51.48
  ]
  node [
    id 4
    label "LMN"
    lon -0.13
    lat 51.51
  ]
  node [
    id 5
    label "EastNet"
    lon 0.12
    lat 52.2
  ]
  node [
    id 6
    label "LeNSE"
    lon -1.4
    lat 50.9
  ]
  node [
    id 7
    label "Kentish MAN"
    lon 0.55
    lat 51.39
  ]
  node [
    id 8
    label "EMMAN"
    lon -1.33
    lat 52.83
  ]
  node [
    id 10
    label "Sco-locate"
    lon -3.2
    lat 55.95
  ]
  node [
    id 11
    label "Reading"
    lon -0.97
    lat 51.46
  ]
  node [
    id 12
    label "Leeds"
    lon -1.55
    lat 53.8
  ]
  node [
    id 13
    label "Warrington"
    lon -2.58
    lat 53.39
  ]
  node [
    id 14
    label "Glasgow"
    lon -4.26
    lat 55.87
  ]
  node [
    id 15
    label "Telehouse"
    lon -0.13
    lat 51.51
  ]
  node [
    id 16
    label "Telecity"
    lon -0.13
    lat 51.51
  ]
  node [
    id 17
    label "London"
    lon -0.13
    lat 51.51
  ]
  node [
    id 18
    label "Bristol"
    lon -2.58
    lat 51.45
  ]
  node [
    id 19
    label "C&NLMAN"
    lon -2.83
    lat 54.58
  ]
  node [
    id 20
    label "NIRAN"
    lon -6.5
    lat 54.5
  ]
  node [
    id 21
    label "UHIMI"
    lon -4.71
    lat 57.12
  ]
  node [
    id 22
    label "AbMAN"
    lon -2.1
    lat 57.14
  ]
  node [
    id 23
    label "FaTMAN"
    lon -2.8
    lat 56.34
  ]
  node [
    id 24
    label "EaStMAN"
    lon -3.2
    lat 55.95
  ]
  node [
    id 25
    label "Clydenet"
    lon -4.26
    lat 55.87
  ]
  node [
    id 26
    label "NorMAN"
    lon -1.61
    lat 54.97
  ]
  node [
    id 27
    label "YHMAN"
    lon -0.4
    lat 54.28
  ]
  node [
    id 28
    label "NNW"
    lon -2.24
    lat 53.48
  ]
  edge [
    source 0
    target 11
    dist 2.85
  ]
  edge [
    source 0
    target 4
    dist 56.01
  ]
  edge [
    source 1
    target 18
    dist 17.5
  ]
  edge [
    source 1
    target 3
    dist 58.05
  ]
  edge [
    source 2
    target 12
    dist 146.88
  ]
  edge [
    source 2
    target 13
    dist 107.45
  ]
  edge [
    source 3
    target 11
    dist 153.07
  ]
  edge [
    source 4
    target 17
    dist 0.0
  ]
  edge [
    source 5
    target 17
    dist 78.69
  ]
  edge [
    source 5
    target 12
    dist 209.62
  ]
  edge [
    source 6
    target 17
    dist 111.62
  ]
  edge [
    source 6
    target 18
    dist 102.21
  ]
  edge [
    source 7
    target 17
    dist 48.6
  ]
  edge [
    source 7
    target 11
    dist 105.67
  ]
  edge [
    source 8
    target 17
    dist 168.42
  ]
  edge [
    source 8
    target 12
    dist 108.36
  ]
  edge [
    source 10
    target 12
    dist 261.81
  ]
  edge [
    source 10
    target 14
    dist 66.61
  ]
  edge [
    source 11
    target 13
    dist 241.43
  ]
  edge [
    source 11
    target 16
    dist 58.85
  ]
  edge [
    source 11
    target 18
    dist 111.74
  ]
  edge [
    source 12
    target 13
    dist 81.63
  ]
  edge [
    source 12
    target 17
    dist 271.96
  ]
  edge [
    source 12
    target 23
    dist 293.76
  ]
  edge [
    source 12
    target 24
    dist 261.81
  ]
  edge [
    source 12
    target 26
    dist 130.96
  ]
  edge [
    source 12
    target 27
    dist 92.01
  ]
  edge [
    source 13
    target 14
    dist 295.44
  ]
  edge [
    source 13
    target 19
    dist 133.48
  ]
  edge [
    source 13
    target 28
    dist 24.75
  ]
  edge [
    source 14
    target 19
    dist 168.79
  ]
  edge [
    source 14
    target 20
    dist 208.15
  ]
  edge [
    source 14
    target 21
    dist 142.31
  ]
  edge [
    source 14
    target 25
    dist 0.0
  ]
  edge [
    source 14
    target 26
    dist 194.13
  ]
  edge [
    source 14
    target 28
    dist 295.28
  ]
  edge [
    source 15
    target 16
    dist 0.0
  ]
  edge [
    source 15
    target 17
    dist 0.0
  ]
  edge [
    source 17
    target 18
    dist 170.36
  ]
  edge [
    source 21
    target 22
    dist 157.67
  ]
  edge [
    source 22
    target 23
    dist 99.22
  ]
  edge [
    source 24
    target 25
    dist 66.61
  ]
  edge [
    source 27
    target 28
    dist 149.44
  ]
]