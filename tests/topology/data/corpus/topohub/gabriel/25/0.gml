graph [
  name "25"
  directed 0
  stats [
    nodes 25
    links 40
    demands 600
    min_degree 1
    avg_degree 3.2
    std_degree 0.98
    max_degree 5
    gini 0.16
    min_link_len 31.44
    avg_link_len 86.53
    max_link_len 164.39
    diameter_len 637.93
    diameter_hops 9
    avg_sdp_num 1.13
    max_sdp_num 2
    avg_sdp_hops 3.58
    avg_sdp_len 196.15
    avg_adp_num 2.21
    max_adp_num 4
    avg_adp_hops 4.68
    avg_adp_len 424.52
  ]
  node [
    id 0
    label "R0"
    lon 188.48
    lat 463.39
  ]
  node [
    id 1
    label "R1"
    lon 421.72
    lat 107.02
  ]
  node [
    id 2
    label "R2"
    lon 435.85
    lat 318.23
  ]
  node [
    id 3
    label "R3"
    lon 21.2
    lat 476.49
  ]
  node [
    id 4
    label "R4"
    lon 127.84
    lat 152.95
  ]
  node [
    id 5
    label "R5"
    lon 212.04
    lat 294.26
  ]
  node [
    id 6
    label "R6"
    lon 62.2
    lat 343.34
  ]
  node [
    id 7
    label "R7"
    lon 416.12
    lat 256.16
  ]
  node [
    id 8
    label "R8"
    lon 397.23
    lat 312.49
  ]
  node [
    id 9
    label "R9"
    lon 179.34
    lat 234.7
  ]
  node [
    id 10
    label "R10"
    lon 51.99
    lat 486.55
  ]
  node [
    id 11
    label "R11"
    lon 318.01
    lat 49.11
  ]
  node [
    id 12
    label "R12"
    lon 291.39
    lat 207.21
  ]
  node [
    id 13
    label "R13"
    lon 94.7
    lat 80.47
  ]
  node [
    id 14
    label "R14"
    lon 230.37
    lat 35.18
  ]
  node [
    id 15
    label "R15"
    lon 281.54
    lat 257.46
  ]
  node [
    id 16
    label "R16"
    lon 63.54
    lat 437.58
  ]
  node [
    id 17
    label "R17"
    lon 20.26
    lat 86.04
  ]
  node [
    id 18
    label "R18"
    lon 217.78
    lat 247.07
  ]
  node [
    id 19
    label "R19"
    lon 252.37
    lat 241.37
  ]
  node [
    id 20
    label "R20"
    lon 28.8
    lat 408.17
  ]
  node [
    id 21
    label "R21"
    lon 141.42
    lat 23.87
  ]
  node [
    id 22
    label "R22"
    lon 204.14
    lat 407.22
  ]
  node [
    id 23
    label "R23"
    lon 314.41
    lat 228.62
  ]
  node [
    id 24
    label "R24"
    lon 239.0
    lat 109.81
  ]
  edge [
    source 0
    target 16
    dist 127.58
  ]
  edge [
    source 0
    target 22
    dist 58.31
  ]
  edge [
    source 1
    target 7
    dist 149.24
  ]
  edge [
    source 1
    target 11
    dist 118.78
  ]
  edge [
    source 1
    target 12
    dist 164.39
  ]
  edge [
    source 1
    target 23
    dist 162.17
  ]
  edge [
    source 2
    target 7
    dist 65.13
  ]
  edge [
    source 2
    target 8
    dist 39.05
  ]
  edge [
    source 3
    target 10
    dist 32.4
  ]
  edge [
    source 3
    target 16
    dist 57.5
  ]
  edge [
    source 3
    target 20
    dist 68.74
  ]
  edge [
    source 4
    target 9
    dist 96.61
  ]
  edge [
    source 4
    target 13
    dist 79.7
  ]
  edge [
    source 4
    target 24
    dist 119.23
  ]
  edge [
    source 5
    target 6
    dist 157.68
  ]
  edge [
    source 5
    target 18
    dist 47.54
  ]
  edge [
    source 5
    target 22
    dist 113.24
  ]
  edge [
    source 6
    target 9
    dist 159.77
  ]
  edge [
    source 6
    target 20
    dist 72.92
  ]
  edge [
    source 6
    target 22
    dist 155.66
  ]
  edge [
    source 7
    target 8
    dist 59.41
  ]
  edge [
    source 7
    target 23
    dist 105.37
  ]
  edge [
    source 8
    target 23
    dist 117.87
  ]
  edge [
    source 9
    target 18
    dist 40.38
  ]
  edge [
    source 9
    target 24
    dist 138.4
  ]
  edge [
    source 10
    target 16
    dist 50.32
  ]
  edge [
    source 11
    target 14
    dist 88.74
  ]
  edge [
    source 11
    target 24
    dist 99.64
  ]
  edge [
    source 12
    target 15
    dist 51.21
  ]
  edge [
    source 12
    target 19
    dist 51.86
  ]
  edge [
    source 12
    target 23
    dist 31.44
  ]
  edge [
    source 12
    target 24
    dist 110.6
  ]
  edge [
    source 13
    target 17
    dist 74.64
  ]
  edge [
    source 13
    target 21
    dist 73.39
  ]
  edge [
    source 14
    target 21
    dist 89.66
  ]
  edge [
    source 14
    target 24
    dist 75.13
  ]
  edge [
    source 15
    target 19
    dist 33.32
  ]
  edge [
    source 15
    target 23
    dist 43.74
  ]
  edge [
    source 16
    target 20
    dist 45.52
  ]
  edge [
    source 18
    target 19
    dist 35.05
  ]
]