graph [
  name "renater2010"
  directed 0
  stats [
    nodes 37
    links 48
    demands 1332
    min_degree 1
    avg_degree 2.59
    std_degree 1.2
    max_degree 6
    gini 0.21
    min_link_len 47.08
    avg_link_len 143.52
    max_link_len 393.32
    diameter_len 1399.72
    diameter_hops 9
    avg_sdp_num 1.06
    max_sdp_num 2
    avg_sdp_hops 3.98
    avg_sdp_len 374.35
    avg_adp_num 2.0
    max_adp_num 4
    avg_adp_hops 5.67
    avg_adp_len 863.29
  ]
  node [
    id 0
    label "Bordeaux"
    lon -0.57
    lat 44.83
  ]
  node [
    id 1
    label "Pau"
    lon -0.37
    lat 43.3
  ]
  node [
    id 2
    label "Orleans"
    lon 1.9
    lat 47.92
  ]
  node [
    id 3
    label "Limoges"
    lon 1.26
    lat 45.83
  ]
  node [
    id 4
    label "Clermont-Ferrand"
    lon 3.08
    lat 45.78
  ]
  node [
    id 5
    label "Dijon"
    lon 5.02
    lat 47.32
  ]
  node [
    id 6
    label "Toulouse"
    lon 1.44
    lat 43.6
  ]
  node [
    id 7
    label "Montpellier"
    lon 3.88
    lat 43.6
  ]
  node [
    id 8
    label "Besancon"
    lon 6.03
    lat 47.25
  ]
  node [
    id 9
    label "Grenoble"
    lon 5.72
    lat 45.17
  ]
  node [
    id 10
    label "Lannion"
    lon -3.47
    lat 48.73
  ]
  node [
    id 11
    label "Brest"
    lon -4.48
    lat 48.4
  ]
  node [
    id 12
    label "Le Mans"
    lon 0.2
    lat 48.0
  ]
  node [
    id 13
    label "Tours"
    lon 0.68
    lat 47.38
  ]
  node [
    id 14
    label "Vierzon"
    lon 2.08
    lat 47.22
  ]
  node [
    id 15
    label "Geneve"
    lon 6.47
    lat 46.44
  ]
  node [
    id 16
    label "Vannes"
    lon -2.75
    lat 47.67
  ]
  node [
    id 17
    label "Loreient"
    lon -3.37
    lat 47.75
  ]
  node [
    id 18
    label "Quimper"
    lon -4.1
    lat 48.0
  ]
  node [
    id 19
    label "Saint-Brieuc"
    lon -2.78
    lat 48.52
  ]
  node [
    id 23
    label "Angers"
    lon -0.55
    lat 47.47
  ]
  node [
    id 25
    label "Corte"
    lon 9.15
    lat 42.3
  ]
  node [
    id 26
    label "Cadarache"
    lon 5.75
    lat 43.7
  ]
  node [
    id 27
    label "Marseille"
    lon 5.4
    lat 43.3
  ]
  node [
    id 28
    label "Nice"
    lon 7.27
    lat 43.7
  ]
  node [
    id 31
    label "Lyon"
    lon 4.85
    lat 45.75
  ]
  node [
    id 32
    label "Paris"
    lon 2.35
    lat 48.85
  ]
  node [
    id 33
    label "Nantes"
    lon -1.55
    lat 47.22
  ]
  node [
    id 34
    label "Poiters"
    lon 0.33
    lat 46.58
  ]
  node [
    id 35
    label "Strasbourg"
    lon 7.75
    lat 48.58
  ]
  node [
    id 36
    label "Nancy"
    lon 6.2
    lat 48.68
  ]
  node [
    id 37
    label "Reims"
    lon 4.03
    lat 49.25
  ]
  node [
    id 38
    label "Compiegne"
    lon 2.83
    lat 49.42
  ]
  node [
    id 39
    label "Lille"
    lon 3.07
    lat 50.63
  ]
  node [
    id 40
    label "Rouen"
    lon 1.1
    lat 49.44
  ]
  node [
    id 41
    label "Caen"
    lon -0.36
    lat 49.19
  ]
  node [
    id 42
    label "Rennes"
    lon -1.68
    lat 48.08
  ]
  edge [
    source 0
    target 33
    dist 275.88
  ]
  edge [
    source 0
    target 34
    dist 206.81
  ]
  edge [
    source 0
    target 4
    dist 304.41
  ]
  edge [
    source 0
    target 6
    dist 210.63
  ]
  edge [
    source 0
    target 1
    dist 171.29
  ]
  edge [
    source 1
    target 6
    dist 150.04
  ]
  edge [
    source 2
    target 32
    dist 109.34
  ]
  edge [
    source 2
    target 34
    dist 189.69
  ]
  edge [
    source 2
    target 13
    dist 108.76
  ]
  edge [
    source 2
    target 14
    dist 79.06
  ]
  edge [
    source 3
    target 34
    dist 109.8
  ]
  edge [
    source 3
    target 4
    dist 141.64
  ]
  edge [
    source 4
    target 31
    dist 137.12
  ]
  edge [
    source 5
    target 8
    dist 77.07
  ]
  edge [
    source 5
    target 31
    dist 174.72
  ]
  edge [
    source 6
    target 7
    dist 196.49
  ]
  edge [
    source 7
    target 27
    dist 126.93
  ]
  edge [
    source 8
    target 35
    dist 195.87
  ]
  edge [
    source 9
    target 26
    dist 163.15
  ]
  edge [
    source 9
    target 15
    dist 152.94
  ]
  edge [
    source 9
    target 31
    dist 93.71
  ]
  edge [
    source 10
    target 11
    dist 83.51
  ]
  edge [
    source 10
    target 19
    dist 55.72
  ]
  edge [
    source 11
    target 18
    dist 52.79
  ]
  edge [
    source 12
    target 13
    dist 77.55
  ]
  edge [
    source 12
    target 23
    dist 81.65
  ]
  edge [
    source 15
    target 31
    dist 146.44
  ]
  edge [
    source 16
    target 33
    dist 102.97
  ]
  edge [
    source 16
    target 17
    dist 47.08
  ]
  edge [
    source 17
    target 18
    dist 61.37
  ]
  edge [
    source 19
    target 42
    dist 94.59
  ]
  edge [
    source 23
    target 33
    dist 80.55
  ]
  edge [
    source 25
    target 27
    dist 325.59
  ]
  edge [
    source 26
    target 27
    dist 52.7
  ]
  edge [
    source 26
    target 28
    dist 121.91
  ]
  edge [
    source 27
    target 28
    dist 157.08
  ]
  edge [
    source 27
    target 31
    dist 275.97
  ]
  edge [
    source 31
    target 32
    dist 393.32
  ]
  edge [
    source 32
    target 37
    dist 130.47
  ]
  edge [
    source 32
    target 38
    dist 71.76
  ]
  edge [
    source 32
    target 39
    dist 204.58
  ]
  edge [
    source 32
    target 40
    dist 112.1
  ]
  edge [
    source 33
    target 42
    dist 96.82
  ]
  edge [
    source 35
    target 36
    dist 114.48
  ]
  edge [
    source 36
    target 37
    dist 170.29
  ]
  edge [
    source 38
    target 39
    dist 136.27
  ]
  edge [
    source 40
    target 41
    dist 109.55
  ]
  edge [
    source 41
    target 42
    dist 156.56
  ]
]