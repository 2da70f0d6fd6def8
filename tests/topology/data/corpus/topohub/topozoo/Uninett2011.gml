graph [
  name "uninett2011"
  directed 0
  stats [
    nodes 66
    links 93
    demands 4290
    min_degree 1
    avg_degree 2.82
    std_degree 1.57
    max_degree 8
    gini 0.28
    min_link_len 0.0
    avg_link_len 150.04
    max_link_len 1013.27
    diameter_len 2489.58
    diameter_hops 9
    avg_sdp_num 1.08
    max_sdp_num 3
    avg_sdp_hops 4.27
    avg_sdp_len 562.73
    avg_adp_num 1.91
    max_adp_num 7
    avg_adp_hops 5.35
    avg_adp_len 977.32
  ]
  node [
    id 0
    label "UiO"
    lon 10.75
    lat 59.91
  ]
  node [
    id 1
    label "UiO"
    lon 10.75
    lat 59.91
  ]
  node [
    id 2
    label "HiG Gjovik"
    lon 10.69
    lat 60.8
  ]
  node [
    id 3
    label "UiO St Olavsplass 5"
    lon 10.75
    lat 59.91
  ]
  node [
    id 4
    label "HiBU Kongsberg"
    lon 9.65
    lat 59.67
  ]
  node [
    id 5
    label "HiBU Drammen"
    lon 10.2
    lat 59.74
  ]
  node [
    id 6
    label "UNIK Kjeller"
    lon 11.03
    lat 59.98
  ]
  node [
    id 7
    label "HiBu Honefoss"
    lon 10.26
    lat 60.17
  ]
  node [
    id 8
    label "NB Mo i Rana"
    lon 14.14
    lat 66.31
  ]
  node [
    id 9
    label "HiNe Nesna"
    lon 13.02
    lat 66.2
  ]
  node [
    id 10
    label "HVE Borre"
    lon 10.43
    lat 59.41
  ]
  node [
    id 11
    label "HVE Larvik"
    lon 10.04
    lat 59.05
  ]
  node [
    id 12
    label "HiN Narvik"
    lon 17.43
    lat 68.44
  ]
  node [
    id 13
    label "HiH Harstad"
    lon 16.54
    lat 68.8
  ]
  node [
    id 14
    label "UiTo Karasjok"
    lon 25.51
    lat 69.47
  ]
  node [
    id 15
    label "UiTo"
    lon 18.96
    lat 69.65
  ]
  node [
    id 16
    label "HiA Alesund"
    lon 6.15
    lat 62.47
  ]
  node [
    id 17
    label "HVO Volda"
    lon 6.07
    lat 62.15
  ]
  node [
    id 18
    label "UiS Stavanger"
    lon 5.73
    lat 58.97
  ]
  node [
    id 19
    label "VetHS Sandnes"
    lon 5.74
    lat 58.85
  ]
  node [
    id 20
    label "HSH Haugesund"
    lon 5.27
    lat 59.41
  ]
  node [
    id 21
    label "HSH Stord"
    lon 5.48
    lat 59.75
  ]
  node [
    id 22
    label "UiB Hoyteklogibygget"
    lon 5.32
    lat 60.39
  ]
  node [
    id 23
    label "UiB BT"
    lon 5.32
    lat 60.39
  ]
  node [
    id 24
    label "HSF Songdal"
    lon 7.1
    lat 61.23
  ]
  node [
    id 25
    label "HSF Forde"
    lon 5.86
    lat 61.45
  ]
  node [
    id 26
    label "HiNe Sandnesjoen"
    lon 12.63
    lat 66.02
  ]
  node [
    id 27
    label "HiNT Steinkjer"
    lon 11.5
    lat 64.01
  ]
  node [
    id 29
    label "HBO Bodo"
    lon 14.41
    lat 67.28
  ]
  node [
    id 30
    label "SA/SH Kautokeino"
    lon 23.04
    lat 69.01
  ]
  node [
    id 31
    label "HiF Kirkenes"
    lon 30.05
    lat 69.73
  ]
  node [
    id 32
    label "Stockholm"
    lon 18.06
    lat 59.33
  ]
  node [
    id 33
    label "NyAlesund"
    lon -8.72
    lat 70.92
  ]
  node [
    id 34
    label "Hing Stjordal"
    lon 10.95
    lat 63.42
  ]
  node [
    id 35
    label "HiNT Levanger"
    lon 10.97
    lat 63.6
  ]
  node [
    id 36
    label "HiNT Namsos"
    lon 11.5
    lat 64.47
  ]
  node [
    id 37
    label "HiNe Mo i Rana"
    lon 14.14
    lat 66.31
  ]
  node [
    id 38
    label "HSF Sandane"
    lon 6.21
    lat 61.77
  ]
  node [
    id 39
    label "HSM Molde"
    lon 7.16
    lat 62.74
  ]
  node [
    id 40
    label "UNIS Svalbard"
    lon -8.72
    lat 70.92
  ]
  node [
    id 41
    label "HSM Kristiansun"
    lon 7.73
    lat 63.11
  ]
  node [
    id 42
    label "HiF Hammerfest"
    lon 23.68
    lat 70.66
  ]
  node [
    id 43
    label "UiTo"
    lon 18.96
    lat 69.65
  ]
  node [
    id 44
    label "HiF Vadso"
    lon 29.75
    lat 70.07
  ]
  node [
    id 46
    label "UiA Kristiansand"
    lon 8.0
    lat 58.15
  ]
  node [
    id 47
    label "UiA Grimstad"
    lon 8.59
    lat 58.34
  ]
  node [
    id 48
    label "HiO Halden"
    lon 11.39
    lat 59.12
  ]
  node [
    id 49
    label "UMB As"
    lon 10.2
    lat 63.97
  ]
  node [
    id 50
    label "HiO Fredrikstad"
    lon 10.93
    lat 59.22
  ]
  node [
    id 51
    label "HiAK Kjeller"
    lon 11.03
    lat 59.98
  ]
  node [
    id 52
    label "Hit Rauland"
    lon 8.0
    lat 59.73
  ]
  node [
    id 53
    label "HiT Porsgrunn"
    lon 9.66
    lat 59.14
  ]
  node [
    id 54
    label "HiT Bo"
    lon 9.07
    lat 59.43
  ]
  node [
    id 55
    label "HiT Notodden"
    lon 9.26
    lat 59.56
  ]
  node [
    id 56
    label "HiF Alta"
    lon 23.27
    lat 69.97
  ]
  node [
    id 57
    label "HH Evenstad"
    lon 11.12
    lat 64.87
  ]
  node [
    id 59
    label "HH Hamar"
    lon 11.07
    lat 60.79
  ]
  node [
    id 60
    label "HiL Lillehammer"
    lon 10.47
    lat 61.12
  ]
  node [
    id 61
    label "NTNU Hovedbygget"
    lon 10.4
    lat 63.43
  ]
  node [
    id 62
    label "NTNU Realfagbygget"
    lon 10.4
    lat 63.43
  ]
  node [
    id 63
    label "UNINETT Teknobyen"
    lon 10.4
    lat 63.43
  ]
  node [
    id 64
    label "HH Tynset"
    lon 10.78
    lat 62.28
  ]
  node [
    id 65
    label "HBO Mo i Rana"
    lon 14.14
    lat 66.31
  ]
  node [
    id 66
    label "HH Rena"
    lon 11.36
    lat 61.13
  ]
  node [
    id 67
    label "HH Elverum"
    lon 11.56
    lat 60.88
  ]
  node [
    id 68
    label "HH Kongsvinger"
    lon 12.0
    lat 60.19
  ]
  edge [
    source 0
    target 1
    dist 0.0
  ]
  edge [
    source 0
    target 3
    dist 0.0
  ]
  edge [
    source 0
    target 68
    dist 76.05
  ]
  edge [
    source 0
    target 49
    dist 451.8
  ]
  edge [
    source 0
    target 54
    dist 108.34
  ]
  edge [
    source 0
    target 23
    dist 304.76
  ]
  edge [
    source 1
    target 32
    dist 416.46
  ]
  edge [
    source 1
    target 3
    dist 0.0
  ]
  edge [
    source 1
    target 6
    dist 17.82
  ]
  edge [
    source 1
    target 48
    dist 94.82
  ]
  edge [
    source 1
    target 62
    dist 391.7
  ]
  edge [
    source 2
    target 3
    dist 98.26
  ]
  edge [
    source 2
    target 60
    dist 37.55
  ]
  edge [
    source 3
    target 5
    dist 35.63
  ]
  edge [
    source 3
    target 46
    dist 251.69
  ]
  edge [
    source 3
    target 22
    dist 304.76
  ]
  edge [
    source 3
    target 61
    dist 391.7
  ]
  edge [
    source 4
    target 5
    dist 32.21
  ]
  edge [
    source 4
    target 7
    dist 65.03
  ]
  edge [
    source 5
    target 10
    dist 39.13
  ]
  edge [
    source 5
    target 54
    dist 72.78
  ]
  edge [
    source 6
    target 51
    dist 0.0
  ]
  edge [
    source 7
    target 51
    dist 47.75
  ]
  edge [
    source 8
    target 65
    dist 0.0
  ]
  edge [
    source 8
    target 36
    dist 239.15
  ]
  edge [
    source 8
    target 37
    dist 0.0
  ]
  edge [
    source 8
    target 9
    dist 51.86
  ]
  edge [
    source 8
    target 29
    dist 108.19
  ]
  edge [
    source 8
    target 62
    dist 366.06
  ]
  edge [
    source 9
    target 26
    dist 26.22
  ]
  edge [
    source 10
    target 50
    dist 35.58
  ]
  edge [
    source 10
    target 11
    dist 45.7
  ]
  edge [
    source 12
    target 32
    dist 1013.27
  ]
  edge [
    source 12
    target 15
    dist 147.71
  ]
  edge [
    source 12
    target 29
    dist 180.66
  ]
  edge [
    source 12
    target 61
    dist 640.97
  ]
  edge [
    source 12
    target 13
    dist 53.78
  ]
  edge [
    source 13
    target 40
    dist 987.85
  ]
  edge [
    source 13
    target 43
    dist 134.21
  ]
  edge [
    source 13
    target 29
    dist 190.81
  ]
  edge [
    source 14
    target 30
    dist 109.95
  ]
  edge [
    source 14
    target 31
    dist 178.04
  ]
  edge [
    source 15
    target 42
    dist 211.07
  ]
  edge [
    source 15
    target 43
    dist 0.0
  ]
  edge [
    source 16
    target 17
    dist 36.35
  ]
  edge [
    source 16
    target 61
    dist 239.43
  ]
  edge [
    source 16
    target 22
    dist 235.45
  ]
  edge [
    source 16
    target 39
    dist 59.26
  ]
  edge [
    source 17
    target 25
    dist 78.19
  ]
  edge [
    source 18
    target 19
    dist 13.08
  ]
  edge [
    source 18
    target 20
    dist 56.02
  ]
  edge [
    source 18
    target 46
    dist 160.03
  ]
  edge [
    source 18
    target 23
    dist 159.93
  ]
  edge [
    source 20
    target 21
    dist 39.31
  ]
  edge [
    source 21
    target 22
    dist 72.06
  ]
  edge [
    source 22
    target 23
    dist 0.0
  ]
  edge [
    source 22
    target 24
    dist 133.83
  ]
  edge [
    source 22
    target 61
    dist 429.46
  ]
  edge [
    source 24
    target 25
    dist 70.83
  ]
  edge [
    source 25
    target 38
    dist 40.37
  ]
  edge [
    source 26
    target 61
    dist 307.11
  ]
  edge [
    source 26
    target 29
    dist 160.3
  ]
  edge [
    source 27
    target 35
    dist 52.94
  ]
  edge [
    source 27
    target 36
    dist 50.2
  ]
  edge [
    source 27
    target 61
    dist 84.62
  ]
  edge [
    source 30
    target 56
    dist 106.76
  ]
  edge [
    source 31
    target 44
    dist 40.26
  ]
  edge [
    source 33
    target 40
    dist 0.0
  ]
  edge [
    source 34
    target 35
    dist 20.41
  ]
  edge [
    source 34
    target 62
    dist 27.66
  ]
  edge [
    source 39
    target 41
    dist 50.5
  ]
  edge [
    source 41
    target 63
    dist 138.08
  ]
  edge [
    source 42
    target 56
    dist 78.76
  ]
  edge [
    source 42
    target 44
    dist 235.86
  ]
  edge [
    source 43
    target 56
    dist 169.45
  ]
  edge [
    source 43
    target 62
    dist 787.05
  ]
  edge [
    source 46
    target 47
    dist 41.1
  ]
  edge [
    source 47
    target 53
    dist 108.07
  ]
  edge [
    source 48
    target 50
    dist 28.08
  ]
  edge [
    source 49
    target 50
    dist 529.57
  ]
  edge [
    source 52
    target 54
    dist 68.71
  ]
  edge [
    source 53
    target 54
    dist 46.71
  ]
  edge [
    source 54
    target 55
    dist 17.72
  ]
  edge [
    source 57
    target 64
    dist 288.63
  ]
  edge [
    source 57
    target 66
    dist 415.26
  ]
  edge [
    source 59
    target 67
    dist 28.5
  ]
  edge [
    source 59
    target 60
    dist 48.25
  ]
  edge [
    source 61
    target 62
    dist 0.0
  ]
  edge [
    source 61
    target 63
    dist 0.0
  ]
  edge [
    source 62
    target 63
    dist 0.0
  ]
  edge [
    source 63
    target 64
    dist 129.91
  ]
  edge [
    source 66
    target 67
    dist 30.09
  ]
  edge [
    source 67
    target 68
    dist 80.51
  ]
]