graph [
  name "100"
  directed 0
  stats [
    nodes 100
    links 186
    demands 9900
    min_degree 1
    avg_degree 3.72
    std_degree 1.13
    max_degree 7
    gini 0.16
    min_link_len 26.45
    avg_link_len 99.13
    max_link_len 297.08
    diameter_len 1362.54
    diameter_hops 13
    avg_sdp_num 1.16
    max_sdp_num 3
    avg_sdp_hops 5.8
    avg_sdp_len 290.56
    avg_adp_num 3.05
    max_adp_num 6
    avg_adp_hops 7.74
    avg_adp_len 846.34
  ]
  node [
    id 0
    label "R0"
    lon 145.67
    lat 454.93
  ]
  node [
    id 1
    label "R1"
    lon 770.78
    lat 705.51
  ]
  node [
    id 2
    label "R2"
    lon 731.96
    lat 433.51
  ]
  node [
    id 3
    label "R3"
    lon 800.02
    lat 532.9
  ]
  node [
    id 4
    label "R4"
    lon 80.15
    lat 455.95
  ]
  node [
    id 5
    label "R5"
    lon 47.89
    lat 932.96
  ]
  node [
    id 6
    label "R6"
    lon 947.08
    lat 335.35
  ]
  node [
    id 7
    label "R7"
    lon 309.41
    lat 768.02
  ]
  node [
    id 8
    label "R8"
    lon 203.87
    lat 178.46
  ]
  node [
    id 9
    label "R9"
    lon 188.59
    lat 347.0
  ]
  node [
    id 10
    label "R10"
    lon 626.32
    lat 963.32
  ]
  node [
    id 11
    label "R11"
    lon 210.83
    lat 956.1
  ]
  node [
    id 12
    label "R12"
    lon 555.4
    lat 901.15
  ]
  node [
    id 13
    label "R13"
    lon 818.02
    lat 160.42
  ]
  node [
    id 14
    label "R14"
    lon 648.54
    lat 124.09
  ]
  node [
    id 15
    label "R15"
    lon 5.65
    lat 395.52
  ]
  node [
    id 16
    label "R16"
    lon 773.5
    lat 566.16
  ]
  node [
    id 17
    label "R17"
    lon 192.64
    lat 841.17
  ]
  node [
    id 18
    label "R18"
    lon 913.78
    lat 237.23
  ]
  node [
    id 19
    label "R19"
    lon 448.19
    lat 637.8
  ]
  node [
    id 20
    label "R20"
    lon 902.34
    lat 126.62
  ]
  node [
    id 21
    label "R21"
    lon 553.95
    lat 968.52
  ]
  node [
    id 22
    label "R22"
    lon 609.1
    lat 717.3
  ]
  node [
    id 23
    label "R23"
    lon 774.96
    lat 507.11
  ]
  node [
    id 24
    label "R24"
    lon 289.86
    lat 590.37
  ]
  node [
    id 25
    label "R25"
    lon 528.18
    lat 343.27
  ]
  node [
    id 26
    label "R26"
    lon 854.17
    lat 363.0
  ]
  node [
    id 27
    label "R27"
    lon 483.56
    lat 761.5
  ]
  node [
    id 28
    label "R28"
    lon 813.82
    lat 890.46
  ]
  node [
    id 29
    label "R29"
    lon 651.51
    lat 252.53
  ]
  node [
    id 30
    label "R30"
    lon 847.37
    lat 909.3
  ]
  node [
    id 31
    label "R31"
    lon 714.74
    lat 766.96
  ]
  node [
    id 32
    label "R32"
    lon 513.58
    lat 493.48
  ]
  node [
    id 33
    label "R33"
    lon 582.68
    lat 147.19
  ]
  node [
    id 34
    label "R34"
    lon 675.98
    lat 861.34
  ]
  node [
    id 35
    label "R35"
    lon 164.7
    lat 753.88
  ]
  node [
    id 36
    label "R36"
    lon 706.18
    lat 121.0
  ]
  node [
    id 37
    label "R37"
    lon 50.72
    lat 595.36
  ]
  node [
    id 38
    label "R38"
    lon 219.15
    lat 309.86
  ]
  node [
    id 39
    label "R39"
    lon 621.17
    lat 650.83
  ]
  node [
    id 40
    label "R40"
    lon 333.74
    lat 12.53
  ]
  node [
    id 41
    label "R41"
    lon 114.03
    lat 192.83
  ]
  node [
    id 42
    label "R42"
    lon 525.28
    lat 720.11
  ]
  node [
    id 43
    label "R43"
    lon 209.15
    lat 389.85
  ]
  node [
    id 44
    label "R44"
    lon 936.42
    lat 400.61
  ]
  node [
    id 45
    label "R45"
    lon 713.21
    lat 618.48
  ]
  node [
    id 46
    label "R46"
    lon 659.73
    lat 476.71
  ]
  node [
    id 47
    label "R47"
    lon 545.09
    lat 700.83
  ]
  node [
    id 48
    label "R48"
    lon 161.13
    lat 798.75
  ]
  node [
    id 49
    label "R49"
    lon 872.88
    lat 47.1
  ]
  node [
    id 50
    label "R50"
    lon 198.12
    lat 248.79
  ]
  node [
    id 51
    label "R51"
    lon 94.34
    lat 139.98
  ]
  node [
    id 52
    label "R52"
    lon 402.02
    lat 540.53
  ]
  node [
    id 53
    label "R53"
    lon 474.13
    lat 343.67
  ]
  node [
    id 54
    label "R54"
    lon 454.22
    lat 194.2
  ]
  node [
    id 55
    label "R55"
    lon 579.74
    lat 251.22
  ]
  node [
    id 56
    label "R56"
    lon 145.33
    lat 208.68
  ]
  node [
    id 57
    label "R57"
    lon 412.72
    lat 930.35
  ]
  node [
    id 58
    label "R58"
    lon 597.88
    lat 980.77
  ]
  node [
    id 59
    label "R59"
    lon 400.79
    lat 260.47
  ]
  node [
    id 60
    label "R60"
    lon 710.67
    lat 190.48
  ]
  node [
    id 61
    label "R61"
    lon 998.06
    lat 390.54
  ]
  node [
    id 62
    label "R62"
    lon 271.41
    lat 271.27
  ]
  node [
    id 63
    label "R63"
    lon 304.47
    lat 936.71
  ]
  node [
    id 64
    label "R64"
    lon 992.18
    lat 558.42
  ]
  node [
    id 65
    label "R65"
    lon 231.98
    lat 9.74
  ]
  node [
    id 66
    label "R66"
    lon 80.0
    lat 297.98
  ]
  node [
    id 67
    label "R67"
    lon 642.77
    lat 626.36
  ]
  node [
    id 68
    label "R68"
    lon 853.33
    lat 821.05
  ]
  node [
    id 69
    label "R69"
    lon 352.61
    lat 673.82
  ]
  node [
    id 70
    label "R70"
    lon 444.33
    lat 728.21
  ]
  node [
    id 71
    label "R71"
    lon 184.27
    lat 976.51
  ]
  node [
    id 72
    label "R72"
    lon 22.84
    lat 617.64
  ]
  node [
    id 73
    label "R73"
    lon 352.47
    lat 800.75
  ]
  node [
    id 74
    label "R74"
    lon 143.65
    lat 890.91
  ]
  node [
    id 75
    label "R75"
    lon 3.22
    lat 735.21
  ]
  node [
    id 76
    label "R76"
    lon 703.47
    lat 507.35
  ]
  node [
    id 77
    label "R77"
    lon 174.49
    lat 382.15
  ]
  node [
    id 78
    label "R78"
    lon 160.98
    lat 842.45
  ]
  node [
    id 79
    label "R79"
    lon 549.6
    lat 270.79
  ]
  node [
    id 80
    label "R80"
    lon 136.06
    lat 584.6
  ]
  node [
    id 81
    label "R81"
    lon 584.39
    lat 111.05
  ]
  node [
    id 82
    label "R82"
    lon 300.8
    lat 863.19
  ]
  node [
    id 83
    label "R83"
    lon 579.04
    lat 223.09
  ]
  node [
    id 84
    label "R84"
    lon 393.53
    lat 458.39
  ]
  node [
    id 85
    label "R85"
    lon 708.27
    lat 860.74
  ]
  node [
    id 86
    label "R86"
    lon 87.44
    lat 46.66
  ]
  node [
    id 87
    label "R87"
    lon 441.53
    lat 19.99
  ]
  node [
    id 88
    label "R88"
    lon 154.31
    lat 106.22
  ]
  node [
    id 89
    label "R89"
    lon 88.51
    lat 625.32
  ]
  node [
    id 90
    label "R90"
    lon 95.47
    lat 566.66
  ]
  node [
    id 91
    label "R91"
    lon 966.15
    lat 140.47
  ]
  node [
    id 92
    label "R92"
    lon 170.2
    lat 949.85
  ]
  node [
    id 93
    label "R93"
    lon 736.7
    lat 379.42
  ]
  node [
    id 94
    label "R94"
    lon 888.4
    lat 104.14
  ]
  node [
    id 95
    label "R95"
    lon 833.72
    lat 842.45
  ]
  node [
    id 96
    label "R96"
    lon 116.0
    lat 915.36
  ]
  node [
    id 97
    label "R97"
    lon 784.02
    lat 914.62
  ]
  node [
    id 98
    label "R98"
    lon 281.53
    lat 738.4
  ]
  node [
    id 99
    label "R99"
    lon 779.69
    lat 348.3
  ]
  edge [
    source 0
    target 4
    dist 65.52
  ]
  edge [
    source 0
    target 24
    dist 197.83
  ]
  edge [
    source 0
    target 77
    dist 78.27
  ]
  edge [
    source 0
    target 80
    dist 130.03
  ]
  edge [
    source 0
    target 90
    dist 122.49
  ]
  edge [
    source 1
    target 31
    dist 83.16
  ]
  edge [
    source 1
    target 45
    dist 104.35
  ]
  edge [
    source 1
    target 68
    dist 142.0
  ]
  edge [
    source 2
    target 23
    dist 85.24
  ]
  edge [
    source 2
    target 46
    dist 84.16
  ]
  edge [
    source 2
    target 76
    dist 79.14
  ]
  edge [
    source 2
    target 93
    dist 54.3
  ]
  edge [
    source 3
    target 16
    dist 42.54
  ]
  edge [
    source 3
    target 23
    dist 35.96
  ]
  edge [
    source 3
    target 44
    dist 190.01
  ]
  edge [
    source 3
    target 64
    dist 193.85
  ]
  edge [
    source 4
    target 15
    dist 95.93
  ]
  edge [
    source 4
    target 90
    dist 111.77
  ]
  edge [
    source 5
    target 75
    dist 202.73
  ]
  edge [
    source 5
    target 96
    dist 70.35
  ]
  edge [
    source 6
    target 18
    dist 103.62
  ]
  edge [
    source 6
    target 26
    dist 96.93
  ]
  edge [
    source 6
    target 44
    dist 66.12
  ]
  edge [
    source 6
    target 61
    dist 75.14
  ]
  edge [
    source 7
    target 17
    dist 137.79
  ]
  edge [
    source 7
    target 69
    dist 103.64
  ]
  edge [
    source 7
    target 73
    dist 54.09
  ]
  edge [
    source 7
    target 82
    dist 95.56
  ]
  edge [
    source 7
    target 98
    dist 40.68
  ]
  edge [
    source 8
    target 50
    dist 70.57
  ]
  edge [
    source 8
    target 56
    dist 65.88
  ]
  edge [
    source 8
    target 88
    dist 87.6
  ]
  edge [
    source 9
    target 38
    dist 48.1
  ]
  edge [
    source 9
    target 43
    dist 47.51
  ]
  edge [
    source 9
    target 66
    dist 119.15
  ]
  edge [
    source 9
    target 77
    dist 37.87
  ]
  edge [
    source 10
    target 12
    dist 94.31
  ]
  edge [
    source 10
    target 34
    dist 113.42
  ]
  edge [
    source 10
    target 58
    dist 33.37
  ]
  edge [
    source 11
    target 17
    dist 116.36
  ]
  edge [
    source 11
    target 63
    dist 95.62
  ]
  edge [
    source 11
    target 71
    dist 33.5
  ]
  edge [
    source 11
    target 92
    dist 41.11
  ]
  edge [
    source 12
    target 21
    dist 67.39
  ]
  edge [
    source 12
    target 22
    dist 191.53
  ]
  edge [
    source 12
    target 27
    dist 157.04
  ]
  edge [
    source 12
    target 34
    dist 126.98
  ]
  edge [
    source 12
    target 57
    dist 145.64
  ]
  edge [
    source 13
    target 18
    dist 122.75
  ]
  edge [
    source 13
    target 20
    dist 90.85
  ]
  edge [
    source 13
    target 36
    dist 118.58
  ]
  edge [
    source 13
    target 60
    dist 111.47
  ]
  edge [
    source 13
    target 94
    dist 90.12
  ]
  edge [
    source 13
    target 99
    dist 191.74
  ]
  edge [
    source 14
    target 33
    dist 69.79
  ]
  edge [
    source 14
    target 36
    dist 57.72
  ]
  edge [
    source 14
    target 81
    dist 65.47
  ]
  edge [
    source 15
    target 66
    dist 122.64
  ]
  edge [
    source 16
    target 45
    dist 79.83
  ]
  edge [
    source 16
    target 76
    dist 91.45
  ]
  edge [
    source 17
    target 48
    dist 52.85
  ]
  edge [
    source 17
    target 78
    dist 31.68
  ]
  edge [
    source 17
    target 82
    dist 110.37
  ]
  edge [
    source 17
    target 98
    dist 135.88
  ]
  edge [
    source 18
    target 20
    dist 111.2
  ]
  edge [
    source 18
    target 26
    dist 139.18
  ]
  edge [
    source 18
    target 91
    dist 110.02
  ]
  edge [
    source 19
    target 32
    dist 158.44
  ]
  edge [
    source 19
    target 42
    dist 112.77
  ]
  edge [
    source 19
    target 47
    dist 115.59
  ]
  edge [
    source 19
    target 52
    dist 107.67
  ]
  edge [
    source 19
    target 69
    dist 102.14
  ]
  edge [
    source 19
    target 70
    dist 90.49
  ]
  edge [
    source 20
    target 91
    dist 65.29
  ]
  edge [
    source 20
    target 94
    dist 26.45
  ]
  edge [
    source 21
    target 57
    dist 146.3
  ]
  edge [
    source 21
    target 58
    dist 45.6
  ]
  edge [
    source 22
    target 31
    dist 116.73
  ]
  edge [
    source 22
    target 39
    dist 67.56
  ]
  edge [
    source 22
    target 47
    dist 66.1
  ]
  edge [
    source 23
    target 26
    dist 164.45
  ]
  edge [
    source 23
    target 76
    dist 71.49
  ]
  edge [
    source 24
    target 43
    dist 216.16
  ]
  edge [
    source 24
    target 52
    dist 122.74
  ]
  edge [
    source 24
    target 69
    dist 104.41
  ]
  edge [
    source 24
    target 80
    dist 153.9
  ]
  edge [
    source 25
    target 32
    dist 150.92
  ]
  edge [
    source 25
    target 46
    dist 187.39
  ]
  edge [
    source 25
    target 53
    dist 54.06
  ]
  edge [
    source 25
    target 79
    dist 75.57
  ]
  edge [
    source 25
    target 93
    dist 211.63
  ]
  edge [
    source 26
    target 44
    dist 90.44
  ]
  edge [
    source 26
    target 99
    dist 75.91
  ]
  edge [
    source 27
    target 42
    dist 58.77
  ]
  edge [
    source 27
    target 57
    dist 183.11
  ]
  edge [
    source 27
    target 70
    dist 51.46
  ]
  edge [
    source 28
    target 30
    dist 38.48
  ]
  edge [
    source 28
    target 95
    dist 51.97
  ]
  edge [
    source 28
    target 97
    dist 38.36
  ]
  edge [
    source 29
    target 55
    dist 71.78
  ]
  edge [
    source 29
    target 60
    dist 85.74
  ]
  edge [
    source 29
    target 93
    dist 152.84
  ]
  edge [
    source 29
    target 99
    dist 160.01
  ]
  edge [
    source 31
    target 85
    dist 94.01
  ]
  edge [
    source 31
    target 95
    dist 140.91
  ]
  edge [
    source 32
    target 46
    dist 147.11
  ]
  edge [
    source 32
    target 52
    dist 121.07
  ]
  edge [
    source 32
    target 53
    dist 154.92
  ]
  edge [
    source 32
    target 67
    dist 185.33
  ]
  edge [
    source 32
    target 84
    dist 125.08
  ]
  edge [
    source 33
    target 54
    dist 136.8
  ]
  edge [
    source 33
    target 81
    dist 36.18
  ]
  edge [
    source 33
    target 83
    dist 75.98
  ]
  edge [
    source 34
    target 85
    dist 32.3
  ]
  edge [
    source 35
    target 48
    dist 45.02
  ]
  edge [
    source 35
    target 75
    dist 162.56
  ]
  edge [
    source 35
    target 89
    dist 149.44
  ]
  edge [
    source 35
    target 98
    dist 117.85
  ]
  edge [
    source 36
    target 60
    dist 69.62
  ]
  edge [
    source 37
    target 72
    dist 35.69
  ]
  edge [
    source 37
    target 89
    dist 48.22
  ]
  edge [
    source 37
    target 90
    dist 53.16
  ]
  edge [
    source 38
    target 50
    dist 64.58
  ]
  edge [
    source 38
    target 62
    dist 64.96
  ]
  edge [
    source 39
    target 47
    dist 91.05
  ]
  edge [
    source 39
    target 67
    dist 32.64
  ]
  edge [
    source 40
    target 65
    dist 101.8
  ]
  edge [
    source 40
    target 87
    dist 108.05
  ]
  edge [
    source 41
    target 51
    dist 56.4
  ]
  edge [
    source 41
    target 56
    dist 35.09
  ]
  edge [
    source 41
    target 66
    dist 110.52
  ]
  edge [
    source 42
    target 47
    dist 27.63
  ]
  edge [
    source 43
    target 77
    dist 35.5
  ]
  edge [
    source 43
    target 84
    dist 196.71
  ]
  edge [
    source 44
    target 61
    dist 62.46
  ]
  edge [
    source 44
    target 64
    dist 167.37
  ]
  edge [
    source 45
    target 67
    dist 70.87
  ]
  edge [
    source 45
    target 76
    dist 111.56
  ]
  edge [
    source 46
    target 76
    dist 53.39
  ]
  edge [
    source 48
    target 78
    dist 43.69
  ]
  edge [
    source 49
    target 94
    dist 59.11
  ]
  edge [
    source 50
    target 56
    dist 66.3
  ]
  edge [
    source 50
    target 62
    dist 76.66
  ]
  edge [
    source 50
    target 66
    dist 127.96
  ]
  edge [
    source 51
    target 86
    dist 93.57
  ]
  edge [
    source 51
    target 88
    dist 68.82
  ]
  edge [
    source 52
    target 69
    dist 142.15
  ]
  edge [
    source 52
    target 84
    dist 82.57
  ]
  edge [
    source 53
    target 59
    dist 110.9
  ]
  edge [
    source 53
    target 84
    dist 140.21
  ]
  edge [
    source 54
    target 59
    dist 85.13
  ]
  edge [
    source 54
    target 79
    dist 122.33
  ]
  edge [
    source 54
    target 83
    dist 128.12
  ]
  edge [
    source 54
    target 87
    dist 174.68
  ]
  edge [
    source 55
    target 79
    dist 35.94
  ]
  edge [
    source 55
    target 83
    dist 28.14
  ]
  edge [
    source 56
    target 66
    dist 110.65
  ]
  edge [
    source 57
    target 63
    dist 108.44
  ]
  edge [
    source 57
    target 73
    dist 142.92
  ]
  edge [
    source 57
    target 82
    dist 130.53
  ]
  edge [
    source 59
    target 62
    dist 129.83
  ]
  edge [
    source 60
    target 99
    dist 172.25
  ]
  edge [
    source 61
    target 64
    dist 167.98
  ]
  edge [
    source 62
    target 84
    dist 223.44
  ]
  edge [
    source 63
    target 82
    dist 73.61
  ]
  edge [
    source 64
    target 68
    dist 297.08
  ]
  edge [
    source 65
    target 86
    dist 149.18
  ]
  edge [
    source 65
    target 88
    dist 123.86
  ]
  edge [
    source 68
    target 95
    dist 29.03
  ]
  edge [
    source 69
    target 70
    dist 106.63
  ]
  edge [
    source 69
    target 98
    dist 96.04
  ]
  edge [
    source 70
    target 73
    dist 117.05
  ]
  edge [
    source 71
    target 92
    dist 30.15
  ]
  edge [
    source 72
    target 75
    dist 119.2
  ]
  edge [
    source 73
    target 82
    dist 81.05
  ]
  edge [
    source 74
    target 78
    dist 51.47
  ]
  edge [
    source 74
    target 92
    dist 64.64
  ]
  edge [
    source 74
    target 96
    dist 36.91
  ]
  edge [
    source 80
    target 89
    dist 62.6
  ]
  edge [
    source 80
    target 90
    dist 44.38
  ]
  edge [
    source 81
    target 87
    dist 169.41
  ]
  edge [
    source 85
    target 97
    dist 92.96
  ]
  edge [
    source 86
    target 88
    dist 89.55
  ]
  edge [
    source 89
    target 90
    dist 59.07
  ]
  edge [
    source 92
    target 96
    dist 64.24
  ]
  edge [
    source 93
    target 99
    dist 53.08
  ]
]