graph [
  name "geant2012"
  directed 0
  stats [
    nodes 37
    links 58
    demands 1332
    min_degree 1
    avg_degree 3.14
    std_degree 1.88
    max_degree 10
    gini 0.31
    min_link_len 54.9
    avg_link_len 823.65
    max_link_len 3219.0
    diameter_len 5597.29
    diameter_hops 7
    avg_sdp_num 1.12
    max_sdp_num 3
    avg_sdp_hops 3.4
    avg_sdp_len 1541.55
    avg_adp_num 2.03
    max_adp_num 6
    avg_adp_hops 4.25
    avg_adp_len 2822.49
  ]
  node [
    id 0
    label "NL"
    lon 4.89
    lat 52.37
  ]
  node [
    id 1
    label "BE"
    lon 4.35
    lat 50.85
  ]
  node [
    id 2
    label "DK"
    lon 12.57
    lat 55.68
  ]
  node [
    id 3
    label "PL"
    lon 16.97
    lat 52.42
  ]
  node [
    id 4
    label "DE"
    lon 8.68
    lat 50.12
  ]
  node [
    id 5
    label "CZ"
    lon 14.42
    lat 50.09
  ]
  node [
    id 6
    label "LU"
    lon 6.13
    lat 49.61
  ]
  node [
    id 7
    label "FR"
    lon 2.35
    lat 48.85
  ]
  node [
    id 8
    label "CH"
    lon 7.45
    lat 46.95
  ]
  node [
    id 9
    label "IT"
    lon 9.19
    lat 45.46
  ]
  node [
    id 12
    label "BG"
    lon 23.32
    lat 42.7
  ]
  node [
    id 13
    label "RO"
    lon 26.11
    lat 44.43
  ]
  node [
    id 14
    label "TR"
    lon 34.91
    lat 39.06
  ]
  node [
    id 15
    label "GR"
    lon 23.72
    lat 37.98
  ]
  node [
    id 16
    label "CY"
    lon 33.37
    lat 35.17
  ]
  node [
    id 17
    label "IL"
    lon 34.75
    lat 31.5
  ]
  node [
    id 18
    label "MT"
    lon 14.43
    lat 35.91
  ]
  node [
    id 20
    label "MK"
    lon 21.43
    lat 42.0
  ]
  node [
    id 21
    label "ME"
    lon 19.26
    lat 42.44
  ]
  node [
    id 22
    label "HU"
    lon 19.04
    lat 47.5
  ]
  node [
    id 23
    label "SK"
    lon 17.11
    lat 48.15
  ]
  node [
    id 24
    label "PT"
    lon -9.13
    lat 38.72
  ]
  node [
    id 25
    label "ES"
    lon -3.7
    lat 40.42
  ]
  node [
    id 26
    label "RS"
    lon 20.47
    lat 44.8
  ]
  node [
    id 27
    label "HR"
    lon 15.98
    lat 45.81
  ]
  node [
    id 28
    label "SL"
    lon 14.51
    lat 46.05
  ]
  node [
    id 29
    label "AT"
    lon 16.37
    lat 48.21
  ]
  node [
    id 30
    label "LT"
    lon 23.9
    lat 54.9
  ]
  node [
    id 31
    label "RU"
    lon 37.62
    lat 55.75
  ]
  node [
    id 32
    label "IS"
    lon -21.9
    lat 64.14
  ]
  node [
    id 33
    label "IE"
    lon -6.27
    lat 53.34
  ]
  node [
    id 34
    label "UK"
    lon -0.13
    lat 51.51
  ]
  node [
    id 35
    label "NO"
    lon 10.0
    lat 62.0
  ]
  node [
    id 36
    label "SE"
    lon 18.06
    lat 59.33
  ]
  node [
    id 37
    label "FI"
    lon 22.27
    lat 60.45
  ]
  node [
    id 38
    label "EE"
    lon 24.75
    lat 59.44
  ]
  node [
    id 39
    label "LV"
    lon 24.11
    lat 56.95
  ]
  edge [
    source 0
    target 1
    dist 173.53
  ]
  edge [
    source 0
    target 2
    dist 621.04
  ]
  edge [
    source 0
    target 4
    dist 364.34
  ]
  edge [
    source 0
    target 34
    dist 357.03
  ]
  edge [
    source 0
    target 30
    dist 1280.45
  ]
  edge [
    source 1
    target 33
    dist 775.67
  ]
  edge [
    source 2
    target 32
    dist 2104.79
  ]
  edge [
    source 2
    target 35
    dist 718.59
  ]
  edge [
    source 2
    target 4
    dist 670.71
  ]
  edge [
    source 2
    target 38
    dist 837.18
  ]
  edge [
    source 2
    target 36
    dist 522.53
  ]
  edge [
    source 2
    target 31
    dist 1560.99
  ]
  edge [
    source 3
    target 4
    dist 630.2
  ]
  edge [
    source 3
    target 5
    dist 313.8
  ]
  edge [
    source 3
    target 30
    dist 533.63
  ]
  edge [
    source 4
    target 5
    dist 409.23
  ]
  edge [
    source 4
    target 6
    dist 191.48
  ]
  edge [
    source 4
    target 8
    dist 363.98
  ]
  edge [
    source 4
    target 16
    dist 2594.64
  ]
  edge [
    source 4
    target 17
    dist 2988.24
  ]
  edge [
    source 4
    target 29
    dist 597.8
  ]
  edge [
    source 4
    target 31
    dist 2021.13
  ]
  edge [
    source 5
    target 23
    dist 291.15
  ]
  edge [
    source 6
    target 7
    dist 287.25
  ]
  edge [
    source 7
    target 8
    dist 435.14
  ]
  edge [
    source 7
    target 25
    dist 1052.74
  ]
  edge [
    source 7
    target 34
    dist 343.87
  ]
  edge [
    source 8
    target 9
    dist 212.64
  ]
  edge [
    source 8
    target 25
    dist 1152.25
  ]
  edge [
    source 9
    target 25
    dist 1188.46
  ]
  edge [
    source 9
    target 18
    dist 1150.22
  ]
  edge [
    source 9
    target 29
    dist 625.6
  ]
  edge [
    source 9
    target 15
    dist 1461.84
  ]
  edge [
    source 12
    target 22
    dist 630.83
  ]
  edge [
    source 12
    target 20
    dist 173.71
  ]
  edge [
    source 12
    target 13
    dist 295.78
  ]
  edge [
    source 12
    target 14
    dist 1054.03
  ]
  edge [
    source 12
    target 15
    dist 525.82
  ]
  edge [
    source 13
    target 14
    dist 943.05
  ]
  edge [
    source 13
    target 22
    dist 643.62
  ]
  edge [
    source 15
    target 29
    dist 1283.2
  ]
  edge [
    source 16
    target 34
    dist 3219.0
  ]
  edge [
    source 17
    target 30
    dist 2739.93
  ]
  edge [
    source 21
    target 27
    dist 457.71
  ]
  edge [
    source 22
    target 26
    dist 319.12
  ]
  edge [
    source 22
    target 27
    dist 299.47
  ]
  edge [
    source 22
    target 23
    dist 161.46
  ]
  edge [
    source 23
    target 29
    dist 54.9
  ]
  edge [
    source 24
    target 25
    dist 502.45
  ]
  edge [
    source 24
    target 34
    dist 1585.99
  ]
  edge [
    source 27
    target 28
    dist 116.94
  ]
  edge [
    source 28
    target 29
    dist 278.44
  ]
  edge [
    source 30
    target 39
    dist 227.93
  ]
  edge [
    source 32
    target 34
    dist 1887.68
  ]
  edge [
    source 33
    target 34
    dist 463.67
  ]
  edge [
    source 35
    target 36
    dist 529.65
  ]
  edge [
    source 36
    target 37
    dist 265.45
  ]
  edge [
    source 38
    target 39
    dist 279.65
  ]
]