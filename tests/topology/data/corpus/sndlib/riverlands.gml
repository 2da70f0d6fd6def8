graph [
  name "riverlands"
  directed 0
  stats [
    nodes 30
    links 46
    demands 700
    min_degree 1
    avg_degree 3.07
    std_degree 1.26
    max_degree 6
    min_link_len 34.02
    avg_link_len 327.25
    max_link_len 777.33
  ]
  node [
    id 0
    label "Arvik"
    lon -91.83
    lat 39.43
  ]
  node [
    id 1
    label "Arvikkel"
    lon -83.92
    lat 40.3
  ]
  node [
    id 2
    label "Belbel"
    lon -87.24
    lat 37.24
  ]
  node [
    id 3
    label "Belel"
    lon -93.43
    lat 30.71
  ]
  node [
    id 4
    label "Belost"
    lon -92.82
    lat 37.69
  ]
  node [
    id 5
    label "Corarar"
    lon -89.9
    lat 41.1
  ]
  node [
    id 6
    label "Corcorcor"
    lon -87.17
    lat 36.31
  ]
  node [
    id 7
    label "Dunelhol"
    lon -76.9
    lat 37.36
  ]
  node [
    id 8
    label "Dunost"
    lon -84.6
    lat 43.94
  ]
  node [
    id 9
    label "Elnor"
    lon -75.46
    lat 31.9
  ]
  node [
    id 10
    label "Eltorpel"
    lon -85.41
    lat 39.8
  ]
  node [
    id 11
    label "Fenros"
    lon -82.68
    lat 31.11
  ]
  node [
    id 12
    label "Garfen"
    lon -90.75
    lat 43.72
  ]
  node [
    id 13
    label "Holrosjor Bay"
    lon -80.02
    lat 31.04
  ]
  node [
    id 14
    label "Holvikhol"
    lon -86.77
    lat 33.74
  ]
  node [
    id 15
    label "Isttor"
    lon -94.07
    lat 34.23
  ]
  node [
    id 16
    label "Kelcorjor"
    lon -84.38
    lat 44.6
  ]
  node [
    id 17
    label "Mordun"
    lon -93.16
    lat 32.08
  ]
  node [
    id 18
    label "Morfen"
    lon -85.99
    lat 34.96
  ]
  node [
    id 19
    label "Mornor"
    lon -80.34
    lat 37.83
  ]
  node [
    id 20
    label "Norcortor"
    lon -76.06
    lat 38.85
  ]
  node [
    id 21
    label "Norsundcor"
    lon -76.53
    lat 37.12
  ]
  node [
    id 22
    label "Osttorgar"
    lon -87.85
    lat 34.68
  ]
  node [
    id 23
    label "Ostvikfen"
    lon -94.33
    lat 38.98
  ]
  node [
    id 24
    label "Pelarcor"
    lon -93.5
    lat 31.01
  ]
  node [
    id 25
    label "Pelmor"
    lon -88.78
    lat 32.05
  ]
  node [
    id 26
    label "Sundbel"
    lon -93.55
    lat 36.8
  ]
  node [
    id 27
    label "Sundgar"
    lon -87.64
    lat 30.67
  ]
  node [
    id 28
    label "Sundostost"
    lon -76.28
    lat 41.06
  ]
  node [
    id 29
    label "Vikar"
    lon -92.41
    lat 44.45
  ]
  edge [
    source 0
    target 2
    dist 468.49
  ]
  edge [
    source 0
    target 4
    dist 211.76
  ]
  edge [
    source 0
    target 5
    dist 247.57
  ]
  edge [
    source 0
    target 23
    dist 221.14
  ]
  edge [
    source 1
    target 8
    dist 408.61
  ]
  edge [
    source 1
    target 10
    dist 138.47
  ]
  edge [
    source 1
    target 19
    dist 413.41
  ]
  edge [
    source 2
    target 5
    dist 486.56
  ]
  edge [
    source 2
    target 6
    dist 103.6
  ]
  edge [
    source 2
    target 10
    dist 326.14
  ]
  edge [
    source 3
    target 24
    dist 34.02
  ]
  edge [
    source 4
    target 22
    dist 557.51
  ]
  edge [
    source 4
    target 23
    dist 194.73
  ]
  edge [
    source 4
    target 26
    dist 118.19
  ]
  edge [
    source 5
    target 8
    dist 536.84
  ]
  edge [
    source 5
    target 10
    dist 406.44
  ]
  edge [
    source 5
    target 12
    dist 299.57
  ]
  edge [
    source 6
    target 18
    dist 184.13
  ]
  edge [
    source 6
    target 22
    dist 191.42
  ]
  edge [
    source 7
    target 19
    dist 307.53
  ]
  edge [
    source 7
    target 20
    dist 181.25
  ]
  edge [
    source 7
    target 21
    dist 42.25
  ]
  edge [
    source 8
    target 12
    dist 493.82
  ]
  edge [
    source 8
    target 16
    dist 75.45
  ]
  edge [
    source 9
    target 13
    dist 442.88
  ]
  edge [
    source 9
    target 21
    dist 588.65
  ]
  edge [
    source 11
    target 13
    dist 253.45
  ]
  edge [
    source 11
    target 14
    dist 482.51
  ]
  edge [
    source 11
    target 19
    dist 777.33
  ]
  edge [
    source 11
    target 27
    dist 475.78
  ]
  edge [
    source 12
    target 29
    dist 155.46
  ]
  edge [
    source 13
    target 19
    dist 755.58
  ]
  edge [
    source 13
    target 21
    dist 748.42
  ]
  edge [
    source 14
    target 18
    dist 153.4
  ]
  edge [
    source 14
    target 22
    dist 144.18
  ]
  edge [
    source 14
    target 25
    dist 265.57
  ]
  edge [
    source 15
    target 17
    dist 253.63
  ]
  edge [
    source 15
    target 22
    dist 572.4
  ]
  edge [
    source 15
    target 26
    dist 289.62
  ]
  edge [
    source 17
    target 24
    dist 123.26
  ]
  edge [
    source 17
    target 25
    dist 412.72
  ]
  edge [
    source 18
    target 19
    dist 597.8
  ]
  edge [
    source 18
    target 22
    dist 172.62
  ]
  edge [
    source 20
    target 28
    dist 246.45
  ]
  edge [
    source 22
    target 25
    dist 304.92
  ]
  edge [
    source 25
    target 27
    dist 187.78
  ]
]
