graph [
  name "500"
  directed 0
  stats [
    nodes 500
    links 982
    demands 249500
    min_degree 1
    avg_degree 3.93
    std_degree 1.04
    max_degree 8
    gini 0.14
    min_link_len 25.44
    avg_link_len 99.28
    max_link_len 281.34
    diameter_len 3346.76
    diameter_hops 31
    avg_sdp_num 1.1
    max_sdp_num 3
    avg_sdp_hops 12.39
    avg_sdp_len 521.36
    avg_adp_num 3.35
    max_adp_num 7
    avg_adp_hops 15.26
    avg_adp_len 1705.4
  ]
  node [
    id 0
    label "R0"
    lon 1782.9
    lat 2123.07
  ]
  node [
    id 1
    label "R1"
    lon 1293.11
    lat 571.62
  ]
  node [
    id 2
    label "R2"
    lon 1690.38
    lat 840.69
  ]
  node [
    id 3
    label "R3"
    lon 1791.9
    lat 758.76
  ]
  node [
    id 4
    label "R4"
    lon 1276.46
    lat 1769.96
  ]
  node [
    id 5
    label "R5"
    lon 40.48
    lat 738.7
  ]
  node [
    id 6
    label "R6"
    lon 890.38
    lat 659.33
  ]
  node [
    id 7
    label "R7"
    lon 2055.3
    lat 154.76
  ]
  node [
    id 8
    label "R8"
    lon 1002.17
    lat 687.78
  ]
  node [
    id 9
    label "R9"
    lon 299.11
    lat 260.87
  ]
  node [
    id 10
    label "R10"
    lon 1989.49
    lat 827.59
  ]
  node [
    id 11
    label "R11"
    lon 2060.33
    lat 835.48
  ]
  node [
    id 12
    label "R12"
    lon 750.61
    lat 408.26
  ]
  node [
    id 13
    label "R13"
    lon 179.08
    lat 16.98
  ]
  node [
    id 14
    label "R14"
    lon 1715.68
    lat 1990.43
  ]
  node [
    id 15
    label "R15"
    lon 2106.38
    lat 1613.05
  ]
  node [
    id 16
    label "R16"
    lon 1973.55
    lat 1341.21
  ]
  node [
    id 17
    label "R17"
    lon 1067.56
    lat 2118.05
  ]
  node [
    id 18
    label "R18"
    lon 1235.27
    lat 394.12
  ]
  node [
    id 19
    label "R19"
    lon 1282.79
    lat 1953.81
  ]
  node [
    id 20
    label "R20"
    lon 1686.23
    lat 1177.29
  ]
  node [
    id 21
    label "R21"
    lon 1645.75
    lat 619.58
  ]
  node [
    id 22
    label "R22"
    lon 1514.45
    lat 1363.11
  ]
  node [
    id 23
    label "R23"
    lon 135.68
    lat 2112.81
  ]
  node [
    id 24
    label "R24"
    lon 1885.02
    lat 1752.95
  ]
  node [
    id 25
    label "R25"
    lon 595.49
    lat 1740.43
  ]
  node [
    id 26
    label "R26"
    lon 799.39
    lat 125.67
  ]
  node [
    id 27
    label "R27"
    lon 2015.91
    lat 1584.34
  ]
  node [
    id 28
    label "R28"
    lon 578.98
    lat 1037.81
  ]
  node [
    id 29
    label "R29"
    lon 409.92
    lat 1983.81
  ]
  node [
    id 30
    label "R30"
    lon 736.47
    lat 1889.1
  ]
  node [
    id 31
    label "R31"
    lon 937.98
    lat 1293.32
  ]
  node [
    id 32
    label "R32"
    lon 602.18
    lat 82.11
  ]
  node [
    id 33
    label "R33"
    lon 65.57
    lat 390.04
  ]
  node [
    id 34
    label "R34"
    lon 880.81
    lat 163.11
  ]
  node [
    id 35
    label "R35"
    lon 1065.58
    lat 539.02
  ]
  node [
    id 36
    label "R36"
    lon 602.84
    lat 866.6
  ]
  node [
    id 37
    label "R37"
    lon 639.1
    lat 1031.01
  ]
  node [
    id 38
    label "R38"
    lon 1295.47
    lat 1235.94
  ]
  node [
    id 39
    label "R39"
    lon 9.61
    lat 324.85
  ]
  node [
    id 40
    label "R40"
    lon 180.03
    lat 1130.43
  ]
  node [
    id 41
    label "R41"
    lon 1070.35
    lat 756.49
  ]
  node [
    id 42
    label "R42"
    lon 928.21
    lat 329.54
  ]
  node [
    id 43
    label "R43"
    lon 826.15
    lat 1288.75
  ]
  node [
    id 44
    label "R44"
    lon 1875.83
    lat 1067.16
  ]
  node [
    id 45
    label "R45"
    lon 1553.82
    lat 115.1
  ]
  node [
    id 46
    label "R46"
    lon 1660.16
    lat 1145.88
  ]
  node [
    id 47
    label "R47"
    lon 1221.11
    lat 1759.58
  ]
  node [
    id 48
    label "R48"
    lon 1622.94
    lat 788.64
  ]
  node [
    id 49
    label "R49"
    lon 862.82
    lat 2128.94
  ]
  node [
    id 50
    label "R50"
    lon 1603.91
    lat 2109.39
  ]
  node [
    id 51
    label "R51"
    lon 1095.18
    lat 1696.37
  ]
  node [
    id 52
    label "R52"
    lon 1392.51
    lat 1252.12
  ]
  node [
    id 53
    label "R53"
    lon 1392.39
    lat 1501.13
  ]
  node [
    id 54
    label "R54"
    lon 779.22
    lat 610.2
  ]
  node [
    id 55
    label "R55"
    lon 1858.64
    lat 1612.86
  ]
  node [
    id 56
    label "R56"
    lon 806.48
    lat 1085.53
  ]
  node [
    id 57
    label "R57"
    lon 2131.21
    lat 1712.67
  ]
  node [
    id 58
    label "R58"
    lon 2146.58
    lat 2044.02
  ]
  node [
    id 59
    label "R59"
    lon 485.61
    lat 1164.72
  ]
  node [
    id 60
    label "R60"
    lon 1949.81
    lat 2091.59
  ]
  node [
    id 61
    label "R61"
    lon 2202.96
    lat 615.09
  ]
  node [
    id 62
    label "R62"
    lon 759.28
    lat 1460.37
  ]
  node [
    id 63
    label "R63"
    lon 593.45
    lat 232.62
  ]
  node [
    id 64
    label "R64"
    lon 1137.23
    lat 1693.93
  ]
  node [
    id 65
    label "R65"
    lon 1100.06
    lat 1173.72
  ]
  node [
    id 66
    label "R66"
    lon 991.71
    lat 111.05
  ]
  node [
    id 67
    label "R67"
    lon 1530.88
    lat 2018.4
  ]
  node [
    id 68
    label "R68"
    lon 1959.6
    lat 1041.9
  ]
  node [
    id 69
    label "R69"
    lon 841.81
    lat 1931.31
  ]
  node [
    id 70
    label "R70"
    lon 453.96
    lat 95.95
  ]
  node [
    id 71
    label "R71"
    lon 750.19
    lat 810.95
  ]
  node [
    id 72
    label "R72"
    lon 381.42
    lat 2145.74
  ]
  node [
    id 73
    label "R73"
    lon 1225.11
    lat 2161.76
  ]
  node [
    id 74
    label "R74"
    lon 883.38
    lat 1324.81
  ]
  node [
    id 75
    label "R75"
    lon 1318.34
    lat 33.28
  ]
  node [
    id 76
    label "R76"
    lon 1570.85
    lat 274.81
  ]
  node [
    id 77
    label "R77"
    lon 1973.9
    lat 1311.26
  ]
  node [
    id 78
    label "R78"
    lon 1700.2
    lat 1808.45
  ]
  node [
    id 79
    label "R79"
    lon 339.84
    lat 206.64
  ]
  node [
    id 80
    label "R80"
    lon 1253.84
    lat 1794.46
  ]
  node [
    id 81
    label "R81"
    lon 76.02
    lat 1471.6
  ]
  node [
    id 82
    label "R82"
    lon 508.82
    lat 1093.26
  ]
  node [
    id 83
    label "R83"
    lon 927.27
    lat 532.81
  ]
  node [
    id 84
    label "R84"
    lon 2050.5
    lat 1286.35
  ]
  node [
    id 85
    label "R85"
    lon 624.15
    lat 116.88
  ]
  node [
    id 86
    label "R86"
    lon 1826.1
    lat 1941.32
  ]
  node [
    id 87
    label "R87"
    lon 205.51
    lat 280.04
  ]
  node [
    id 88
    label "R88"
    lon 1420.27
    lat 533.62
  ]
  node [
    id 89
    label "R89"
    lon 1773.55
    lat 1683.39
  ]
  node [
    id 90
    label "R90"
    lon 1348.0
    lat 47.66
  ]
  node [
    id 91
    label "R91"
    lon 1702.03
    lat 739.47
  ]
  node [
    id 92
    label "R92"
    lon 1136.13
    lat 560.98
  ]
  node [
    id 93
    label "R93"
    lon 729.15
    lat 96.99
  ]
  node [
    id 94
    label "R94"
    lon 1139.6
    lat 704.14
  ]
  node [
    id 95
    label "R95"
    lon 2194.63
    lat 1142.85
  ]
  node [
    id 96
    label "R96"
    lon 1710.55
    lat 1635.36
  ]
  node [
    id 97
    label "R97"
    lon 762.87
    lat 35.11
  ]
  node [
    id 98
    label "R98"
    lon 769.67
    lat 1421.49
  ]
  node [
    id 99
    label "R99"
    lon 1067.61
    lat 1714.87
  ]
  node [
    id 100
    label "R100"
    lon 61.17
    lat 1386.01
  ]
  node [
    id 101
    label "R101"
    lon 494.86
    lat 997.53
  ]
  node [
    id 102
    label "R102"
    lon 2026.83
    lat 1659.16
  ]
  node [
    id 103
    label "R103"
    lon 1229.16
    lat 2218.79
  ]
  node [
    id 104
    label "R104"
    lon 331.54
    lat 596.75
  ]
  node [
    id 105
    label "R105"
    lon 259.49
    lat 1398.01
  ]
  node [
    id 106
    label "R106"
    lon 1718.59
    lat 1918.11
  ]
  node [
    id 107
    label "R107"
    lon 232.73
    lat 1491.64
  ]
  node [
    id 108
    label "R108"
    lon 1801.8
    lat 283.52
  ]
  node [
    id 109
    label "R109"
    lon 2229.0
    lat 1711.62
  ]
  node [
    id 110
    label "R110"
    lon 2120.4
    lat 460.62
  ]
  node [
    id 111
    label "R111"
    lon 1174.32
    lat 471.7
  ]
  node [
    id 112
    label "R112"
    lon 1023.58
    lat 1498.51
  ]
  node [
    id 113
    label "R113"
    lon 1130.14
    lat 1080.53
  ]
  node [
    id 114
    label "R114"
    lon 1745.07
    lat 2009.53
  ]
  node [
    id 115
    label "R115"
    lon 674.06
    lat 80.13
  ]
  node [
    id 116
    label "R116"
    lon 849.7
    lat 27.17
  ]
  node [
    id 117
    label "R117"
    lon 689.78
    lat 2103.93
  ]
  node [
    id 118
    label "R118"
    lon 677.29
    lat 558.1
  ]
  node [
    id 119
    label "R119"
    lon 2090.48
    lat 1430.53
  ]
  node [
    id 120
    label "R120"
    lon 922.29
    lat 1947.64
  ]
  node [
    id 121
    label "R121"
    lon 2017.17
    lat 1526.64
  ]
  node [
    id 122
    label "R122"
    lon 1674.87
    lat 1313.71
  ]
  node [
    id 123
    label "R123"
    lon 328.98
    lat 1049.55
  ]
  node [
    id 124
    label "R124"
    lon 1018.82
    lat 1162.38
  ]
  node [
    id 125
    label "R125"
    lon 1685.27
    lat 369.42
  ]
  node [
    id 126
    label "R126"
    lon 2235.31
    lat 1967.2
  ]
  node [
    id 127
    label "R127"
    lon 805.15
    lat 1672.2
  ]
  node [
    id 128
    label "R128"
    lon 1538.35
    lat 404.11
  ]
  node [
    id 129
    label "R129"
    lon 1756.25
    lat 1441.23
  ]
  node [
    id 130
    label "R130"
    lon 1535.78
    lat 235.62
  ]
  node [
    id 131
    label "R131"
    lon 1604.52
    lat 1343.76
  ]
  node [
    id 132
    label "R132"
    lon 162.65
    lat 2169.35
  ]
  node [
    id 133
    label "R133"
    lon 1426.31
    lat 1645.92
  ]
  node [
    id 134
    label "R134"
    lon 977.33
    lat 2043.97
  ]
  node [
    id 135
    label "R135"
    lon 1961.53
    lat 570.56
  ]
  node [
    id 136
    label "R136"
    lon 1885.49
    lat 2058.93
  ]
  node [
    id 137
    label "R137"
    lon 938.09
    lat 781.06
  ]
  node [
    id 138
    label "R138"
    lon 2048.27
    lat 83.43
  ]
  node [
    id 139
    label "R139"
    lon 205.73
    lat 2084.18
  ]
  node [
    id 140
    label "R140"
    lon 1461.74
    lat 1481.89
  ]
  node [
    id 141
    label "R141"
    lon 624.0
    lat 1366.67
  ]
  node [
    id 142
    label "R142"
    lon 371.22
    lat 1157.53
  ]
  node [
    id 143
    label "R143"
    lon 219.99
    lat 215.39
  ]
  node [
    id 144
    label "R144"
    lon 1.21
    lat 857.46
  ]
  node [
    id 145
    label "R145"
    lon 1536.3
    lat 664.14
  ]
  node [
    id 146
    label "R146"
    lon 1636.1
    lat 2131.35
  ]
  node [
    id 147
    label "R147"
    lon 1446.53
    lat 1574.36
  ]
  node [
    id 148
    label "R148"
    lon 463.39
    lat 842.96
  ]
  node [
    id 149
    label "R149"
    lon 110.11
    lat 1070.74
  ]
  node [
    id 150
    label "R150"
    lon 207.65
    lat 1767.98
  ]
  node [
    id 151
    label "R151"
    lon 1184.53
    lat 761.14
  ]
  node [
    id 152
    label "R152"
    lon 1713.39
    lat 1684.75
  ]
  node [
    id 153
    label "R153"
    lon 1252.23
    lat 121.94
  ]
  node [
    id 154
    label "R154"
    lon 1351.62
    lat 1081.51
  ]
  node [
    id 155
    label "R155"
    lon 1773.29
    lat 939.64
  ]
  node [
    id 156
    label "R156"
    lon 2109.17
    lat 297.98
  ]
  node [
    id 157
    label "R157"
    lon 401.7
    lat 1082.8
  ]
  node [
    id 158
    label "R158"
    lon 1485.36
    lat 403.43
  ]
  node [
    id 159
    label "R159"
    lon 2233.05
    lat 1881.46
  ]
  node [
    id 160
    label "R160"
    lon 588.7
    lat 829.57
  ]
  node [
    id 161
    label "R161"
    lon 1262.39
    lat 62.53
  ]
  node [
    id 162
    label "R162"
    lon 1724.26
    lat 1602.71
  ]
  node [
    id 163
    label "R163"
    lon 598.28
    lat 1133.87
  ]
  node [
    id 164
    label "R164"
    lon 1564.15
    lat 471.34
  ]
  node [
    id 165
    label "R165"
    lon 1758.71
    lat 1362.4
  ]
  node [
    id 166
    label "R166"
    lon 1569.34
    lat 1336.52
  ]
  node [
    id 167
    label "R167"
    lon 1325.27
    lat 872.77
  ]
  node [
    id 168
    label "R168"
    lon 304.97
    lat 1217.46
  ]
  node [
    id 169
    label "R169"
    lon 1575.03
    lat 395.81
  ]
  node [
    id 170
    label "R170"
    lon 776.41
    lat 1181.87
  ]
  node [
    id 171
    label "R171"
    lon 883.17
    lat 1511.83
  ]
  node [
    id 172
    label "R172"
    lon 144.25
    lat 910.73
  ]
  node [
    id 173
    label "R173"
    lon 894.68
    lat 1694.47
  ]
  node [
    id 174
    label "R174"
    lon 883.71
    lat 424.37
  ]
  node [
    id 175
    label "R175"
    lon 2230.32
    lat 1678.82
  ]
  node [
    id 176
    label "R176"
    lon 297.32
    lat 1690.0
  ]
  node [
    id 177
    label "R177"
    lon 1626.71
    lat 923.5
  ]
  node [
    id 178
    label "R178"
    lon 1450.14
    lat 1357.98
  ]
  node [
    id 179
    label "R179"
    lon 1868.77
    lat 1886.54
  ]
  node [
    id 180
    label "R180"
    lon 514.5
    lat 2059.71
  ]
  node [
    id 181
    label "R181"
    lon 1712.31
    lat 681.62
  ]
  node [
    id 182
    label "R182"
    lon 433.35
    lat 674.81
  ]
  node [
    id 183
    label "R183"
    lon 57.58
    lat 2096.76
  ]
  node [
    id 184
    label "R184"
    lon 1510.22
    lat 1093.18
  ]
  node [
    id 185
    label "R185"
    lon 879.31
    lat 1441.6
  ]
  node [
    id 186
    label "R186"
    lon 351.98
    lat 56.43
  ]
  node [
    id 187
    label "R187"
    lon 1779.5
    lat 1151.3
  ]
  node [
    id 188
    label "R188"
    lon 1142.61
    lat 1630.6
  ]
  node [
    id 189
    label "R189"
    lon 2234.62
    lat 2163.65
  ]
  node [
    id 190
    label "R190"
    lon 333.12
    lat 1833.67
  ]
  node [
    id 191
    label "R191"
    lon 716.53
    lat 224.38
  ]
  node [
    id 192
    label "R192"
    lon 1945.74
    lat 818.13
  ]
  node [
    id 193
    label "R193"
    lon 1931.37
    lat 1440.73
  ]
  node [
    id 194
    label "R194"
    lon 1373.53
    lat 1707.82
  ]
  node [
    id 195
    label "R195"
    lon 9.17
    lat 431.72
  ]
  node [
    id 196
    label "R196"
    lon 706.56
    lat 1944.58
  ]
  node [
    id 197
    label "R197"
    lon 2091.25
    lat 967.36
  ]
  node [
    id 198
    label "R198"
    lon 279.72
    lat 149.9
  ]
  node [
    id 199
    label "R199"
    lon 709.39
    lat 1399.52
  ]
  node [
    id 200
    label "R200"
    lon 79.03
    lat 422.39
  ]
  node [
    id 201
    label "R201"
    lon 1806.5
    lat 314.85
  ]
  node [
    id 202
    label "R202"
    lon 428.66
    lat 2058.19
  ]
  node [
    id 203
    label "R203"
    lon 1362.82
    lat 1330.94
  ]
  node [
    id 204
    label "R204"
    lon 930.83
    lat 665.96
  ]
  node [
    id 205
    label "R205"
    lon 1779.63
    lat 1872.38
  ]
  node [
    id 206
    label "R206"
    lon 108.73
    lat 1447.72
  ]
  node [
    id 207
    label "R207"
    lon 1204.86
    lat 1300.31
  ]
  node [
    id 208
    label "R208"
    lon 705.01
    lat 427.27
  ]
  node [
    id 209
    label "R209"
    lon 330.7
    lat 320.45
  ]
  node [
    id 210
    label "R210"
    lon 146.65
    lat 1812.23
  ]
  node [
    id 211
    label "R211"
    lon 2154.08
    lat 1877.58
  ]
  node [
    id 212
    label "R212"
    lon 498.2
    lat 1394.64
  ]
  node [
    id 213
    label "R213"
    lon 815.29
    lat 568.84
  ]
  node [
    id 214
    label "R214"
    lon 1598.32
    lat 677.07
  ]
  node [
    id 215
    label "R215"
    lon 195.52
    lat 1622.01
  ]
  node [
    id 216
    label "R216"
    lon 1789.46
    lat 1825.94
  ]
  node [
    id 217
    label "R217"
    lon 1923.84
    lat 479.81
  ]
  node [
    id 218
    label "R218"
    lon 834.43
    lat 461.33
  ]
  node [
    id 219
    label "R219"
    lon 2176.09
    lat 2147.37
  ]
  node [
    id 220
    label "R220"
    lon 1387.13
    lat 1369.52
  ]
  node [
    id 221
    label "R221"
    lon 2163.94
    lat 528.86
  ]
  node [
    id 222
    label "R222"
    lon 1156.23
    lat 1321.64
  ]
  node [
    id 223
    label "R223"
    lon 118.85
    lat 750.38
  ]
  node [
    id 224
    label "R224"
    lon 722.18
    lat 142.08
  ]
  node [
    id 225
    label "R225"
    lon 268.19
    lat 1561.12
  ]
  node [
    id 226
    label "R226"
    lon 1901.23
    lat 1859.06
  ]
  node [
    id 227
    label "R227"
    lon 2189.57
    lat 113.6
  ]
  node [
    id 228
    label "R228"
    lon 1300.27
    lat 902.6
  ]
  node [
    id 229
    label "R229"
    lon 925.25
    lat 1592.01
  ]
  node [
    id 230
    label "R230"
    lon 719.99
    lat 2041.2
  ]
  node [
    id 231
    label "R231"
    lon 350.0
    lat 1724.29
  ]
  node [
    id 232
    label "R232"
    lon 125.32
    lat 352.89
  ]
  node [
    id 233
    label "R233"
    lon 646.6
    lat 203.98
  ]
  node [
    id 234
    label "R234"
    lon 1064.27
    lat 810.44
  ]
  node [
    id 235
    label "R235"
    lon 1284.54
    lat 1041.88
  ]
  node [
    id 236
    label "R236"
    lon 1085.91
    lat 274.66
  ]
  node [
    id 237
    label "R237"
    lon 702.0
    lat 753.86
  ]
  node [
    id 238
    label "R238"
    lon 468.31
    lat 1441.94
  ]
  node [
    id 239
    label "R239"
    lon 906.84
    lat 184.79
  ]
  node [
    id 240
    label "R240"
    lon 1247.15
    lat 1860.6
  ]
  node [
    id 241
    label "R241"
    lon 35.21
    lat 862.11
  ]
  node [
    id 242
    label "R242"
    lon 2218.75
    lat 1512.83
  ]
  node [
    id 243
    label "R243"
    lon 2144.75
    lat 1605.39
  ]
  node [
    id 244
    label "R244"
    lon 1004.65
    lat 1833.38
  ]
  node [
    id 245
    label "R245"
    lon 1807.87
    lat 622.16
  ]
  node [
    id 246
    label "R246"
    lon 277.8
    lat 1283.5
  ]
  node [
    id 247
    label "R247"
    lon 1145.51
    lat 525.99
  ]
  node [
    id 248
    label "R248"
    lon 689.33
    lat 2215.3
  ]
  node [
    id 249
    label "R249"
    lon 2146.08
    lat 946.8
  ]
  node [
    id 250
    label "R250"
    lon 842.28
    lat 78.59
  ]
  node [
    id 251
    label "R251"
    lon 2100.12
    lat 1342.81
  ]
  node [
    id 252
    label "R252"
    lon 1833.3
    lat 1672.0
  ]
  node [
    id 253
    label "R253"
    lon 999.23
    lat 597.88
  ]
  node [
    id 254
    label "R254"
    lon 2028.19
    lat 1551.64
  ]
  node [
    id 255
    label "R255"
    lon 1977.32
    lat 1820.57
  ]
  node [
    id 256
    label "R256"
    lon 882.59
    lat 1654.1
  ]
  node [
    id 257
    label "R257"
    lon 1249.21
    lat 999.58
  ]
  node [
    id 258
    label "R258"
    lon 1765.12
    lat 774.51
  ]
  node [
    id 259
    label "R259"
    lon 304.04
    lat 494.07
  ]
  node [
    id 260
    label "R260"
    lon 701.54
    lat 670.76
  ]
  node [
    id 261
    label "R261"
    lon 291.06
    lat 1145.45
  ]
  node [
    id 262
    label "R262"
    lon 2085.42
    lat 248.86
  ]
  node [
    id 263
    label "R263"
    lon 1726.34
    lat 1577.35
  ]
  node [
    id 264
    label "R264"
    lon 1363.11
    lat 1298.32
  ]
  node [
    id 265
    label "R265"
    lon 1005.76
    lat 1385.3
  ]
  node [
    id 266
    label "R266"
    lon 2090.76
    lat 835.71
  ]
  node [
    id 267
    label "R267"
    lon 585.73
    lat 1601.11
  ]
  node [
    id 268
    label "R268"
    lon 345.67
    lat 440.44
  ]
  node [
    id 269
    label "R269"
    lon 773.8
    lat 120.02
  ]
  node [
    id 270
    label "R270"
    lon 2003.37
    lat 947.24
  ]
  node [
    id 271
    label "R271"
    lon 852.38
    lat 792.55
  ]
  node [
    id 272
    label "R272"
    lon 741.76
    lat 2010.99
  ]
  node [
    id 273
    label "R273"
    lon 830.86
    lat 1261.96
  ]
  node [
    id 274
    label "R274"
    lon 2233.48
    lat 392.91
  ]
  node [
    id 275
    label "R275"
    lon 736.37
    lat 880.27
  ]
  node [
    id 276
    label "R276"
    lon 899.26
    lat 2123.76
  ]
  node [
    id 277
    label "R277"
    lon 1916.55
    lat 411.52
  ]
  node [
    id 278
    label "R278"
    lon 1934.73
    lat 245.17
  ]
  node [
    id 279
    label "R279"
    lon 1700.3
    lat 1032.01
  ]
  node [
    id 280
    label "R280"
    lon 120.66
    lat 652.12
  ]
  node [
    id 281
    label "R281"
    lon 885.57
    lat 523.82
  ]
  node [
    id 282
    label "R282"
    lon 2198.78
    lat 1540.74
  ]
  node [
    id 283
    label "R283"
    lon 1536.26
    lat 275.2
  ]
  node [
    id 284
    label "R284"
    lon 1919.57
    lat 1288.91
  ]
  node [
    id 285
    label "R285"
    lon 1064.88
    lat 677.56
  ]
  node [
    id 286
    label "R286"
    lon 410.35
    lat 446.45
  ]
  node [
    id 287
    label "R287"
    lon 2144.0
    lat 490.61
  ]
  node [
    id 288
    label "R288"
    lon 1113.37
    lat 61.6
  ]
  node [
    id 289
    label "R289"
    lon 196.97
    lat 1861.51
  ]
  node [
    id 290
    label "R290"
    lon 573.16
    lat 1723.86
  ]
  node [
    id 291
    label "R291"
    lon 1003.5
    lat 1276.04
  ]
  node [
    id 292
    label "R292"
    lon 675.01
    lat 266.02
  ]
  node [
    id 293
    label "R293"
    lon 2008.77
    lat 495.84
  ]
  node [
    id 294
    label "R294"
    lon 1993.29
    lat 1774.78
  ]
  node [
    id 295
    label "R295"
    lon 1508.65
    lat 100.52
  ]
  node [
    id 296
    label "R296"
    lon 1993.98
    lat 1979.76
  ]
  node [
    id 297
    label "R297"
    lon 2104.59
    lat 2193.23
  ]
  node [
    id 298
    label "R298"
    lon 1934.06
    lat 1055.13
  ]
  node [
    id 299
    label "R299"
    lon 1710.55
    lat 2128.52
  ]
  node [
    id 300
    label "R300"
    lon 1496.59
    lat 202.1
  ]
  node [
    id 301
    label "R301"
    lon 753.34
    lat 1810.07
  ]
  node [
    id 302
    label "R302"
    lon 1607.48
    lat 13.97
  ]
  node [
    id 303
    label "R303"
    lon 904.21
    lat 1972.97
  ]
  node [
    id 304
    label "R304"
    lon 1296.65
    lat 1885.62
  ]
  node [
    id 305
    label "R305"
    lon 406.69
    lat 1514.41
  ]
  node [
    id 306
    label "R306"
    lon 153.27
    lat 1998.33
  ]
  node [
    id 307
    label "R307"
    lon 240.08
    lat 925.84
  ]
  node [
    id 308
    label "R308"
    lon 2176.4
    lat 1509.79
  ]
  node [
    id 309
    label "R309"
    lon 1555.06
    lat 314.8
  ]
  node [
    id 310
    label "R310"
    lon 129.96
    lat 298.07
  ]
  node [
    id 311
    label "R311"
    lon 1828.54
    lat 2126.36
  ]
  node [
    id 312
    label "R312"
    lon 611.07
    lat 1402.58
  ]
  node [
    id 313
    label "R313"
    lon 1984.75
    lat 457.19
  ]
  node [
    id 314
    label "R314"
    lon 1112.17
    lat 1473.0
  ]
  node [
    id 315
    label "R315"
    lon 115.04
    lat 598.72
  ]
  node [
    id 316
    label "R316"
    lon 334.79
    lat 1439.47
  ]
  node [
    id 317
    label "R317"
    lon 1742.5
    lat 1339.49
  ]
  node [
    id 318
    label "R318"
    lon 1078.41
    lat 1442.2
  ]
  node [
    id 319
    label "R319"
    lon 768.04
    lat 1054.76
  ]
  node [
    id 320
    label "R320"
    lon 1407.19
    lat 1548.27
  ]
  node [
    id 321
    label "R321"
    lon 1072.01
    lat 1999.12
  ]
  node [
    id 322
    label "R322"
    lon 779.08
    lat 348.68
  ]
  node [
    id 323
    label "R323"
    lon 1807.6
    lat 1918.83
  ]
  node [
    id 324
    label "R324"
    lon 1784.0
    lat 1018.55
  ]
  node [
    id 325
    label "R325"
    lon 254.95
    lat 544.8
  ]
  node [
    id 326
    label "R326"
    lon 658.12
    lat 536.01
  ]
  node [
    id 327
    label "R327"
    lon 538.23
    lat 1945.4
  ]
  node [
    id 328
    label "R328"
    lon 96.91
    lat 768.88
  ]
  node [
    id 329
    label "R329"
    lon 1796.95
    lat 1991.03
  ]
  node [
    id 330
    label "R330"
    lon 99.8
    lat 1837.08
  ]
  node [
    id 331
    label "R331"
    lon 427.1
    lat 735.5
  ]
  node [
    id 332
    label "R332"
    lon 89.51
    lat 1275.11
  ]
  node [
    id 333
    label "R333"
    lon 1727.5
    lat 977.73
  ]
  node [
    id 334
    label "R334"
    lon 2060.75
    lat 909.02
  ]
  node [
    id 335
    label "R335"
    lon 1859.51
    lat 647.86
  ]
  node [
    id 336
    label "R336"
    lon 1137.75
    lat 1408.45
  ]
  node [
    id 337
    label "R337"
    lon 568.62
    lat 1651.51
  ]
  node [
    id 338
    label "R338"
    lon 1138.81
    lat 669.76
  ]
  node [
    id 339
    label "R339"
    lon 2015.72
    lat 854.25
  ]
  node [
    id 340
    label "R340"
    lon 2183.02
    lat 262.6
  ]
  node [
    id 341
    label "R341"
    lon 526.97
    lat 819.69
  ]
  node [
    id 342
    label "R342"
    lon 654.93
    lat 324.94
  ]
  node [
    id 343
    label "R343"
    lon 338.67
    lat 1937.57
  ]
  node [
    id 344
    label "R344"
    lon 1710.31
    lat 588.84
  ]
  node [
    id 345
    label "R345"
    lon 1832.94
    lat 1119.31
  ]
  node [
    id 346
    label "R346"
    lon 2042.15
    lat 410.75
  ]
  node [
    id 347
    label "R347"
    lon 1868.56
    lat 1377.26
  ]
  node [
    id 348
    label "R348"
    lon 249.75
    lat 2197.86
  ]
  node [
    id 349
    label "R349"
    lon 1563.39
    lat 607.55
  ]
  node [
    id 350
    label "R350"
    lon 160.46
    lat 686.27
  ]
  node [
    id 351
    label "R351"
    lon 1302.49
    lat 1141.56
  ]
  node [
    id 352
    label "R352"
    lon 1427.01
    lat 1522.21
  ]
  node [
    id 353
    label "R353"
    lon 285.51
    lat 1820.06
  ]
  node [
    id 354
    label "R354"
    lon 1924.22
    lat 1023.59
  ]
  node [
    id 355
    label "R355"
    lon 1267.49
    lat 887.09
  ]
  node [
    id 356
    label "R356"
    lon 1921.06
    lat 2011.72
  ]
  node [
    id 357
    label "R357"
    lon 1097.36
    lat 658.8
  ]
  node [
    id 358
    label "R358"
    lon 1586.91
    lat 559.14
  ]
  node [
    id 359
    label "R359"
    lon 1037.58
    lat 1887.32
  ]
  node [
    id 360
    label "R360"
    lon 1685.15
    lat 612.01
  ]
  node [
    id 361
    label "R361"
    lon 438.82
    lat 501.86
  ]
  node [
    id 362
    label "R362"
    lon 2111.67
    lat 1156.53
  ]
  node [
    id 363
    label "R363"
    lon 1745.55
    lat 1266.89
  ]
  node [
    id 364
    label "R364"
    lon 879.35
    lat 259.06
  ]
  node [
    id 365
    label "R365"
    lon 45.25
    lat 1268.13
  ]
  node [
    id 366
    label "R366"
    lon 1972.8
    lat 2180.77
  ]
  node [
    id 367
    label "R367"
    lon 1740.4
    lat 506.78
  ]
  node [
    id 368
    label "R368"
    lon 1734.13
    lat 1374.38
  ]
  node [
    id 369
    label "R369"
    lon 119.21
    lat 197.49
  ]
  node [
    id 370
    label "R370"
    lon 2035.71
    lat 668.95
  ]
  node [
    id 371
    label "R371"
    lon 623.08
    lat 1292.8
  ]
  node [
    id 372
    label "R372"
    lon 1718.29
    lat 1484.45
  ]
  node [
    id 373
    label "R373"
    lon 455.04
    lat 1940.07
  ]
  node [
    id 374
    label "R374"
    lon 1942.59
    lat 1636.96
  ]
  node [
    id 375
    label "R375"
    lon 2002.62
    lat 1032.78
  ]
  node [
    id 376
    label "R376"
    lon 1242.72
    lat 205.12
  ]
  node [
    id 377
    label "R377"
    lon 788.14
    lat 857.7
  ]
  node [
    id 378
    label "R378"
    lon 499.93
    lat 397.02
  ]
  node [
    id 379
    label "R379"
    lon 1466.81
    lat 2106.75
  ]
  node [
    id 380
    label "R380"
    lon 1321.82
    lat 322.88
  ]
  node [
    id 381
    label "R381"
    lon 877.16
    lat 1003.45
  ]
  node [
    id 382
    label "R382"
    lon 1601.67
    lat 948.42
  ]
  node [
    id 383
    label "R383"
    lon 1811.64
    lat 368.26
  ]
  node [
    id 384
    label "R384"
    lon 303.24
    lat 608.23
  ]
  node [
    id 385
    label "R385"
    lon 1707.17
    lat 779.08
  ]
  node [
    id 386
    label "R386"
    lon 611.46
    lat 680.98
  ]
  node [
    id 387
    label "R387"
    lon 961.97
    lat 558.84
  ]
  node [
    id 388
    label "R388"
    lon 1327.2
    lat 2021.51
  ]
  node [
    id 389
    label "R389"
    lon 852.19
    lat 1602.33
  ]
  node [
    id 390
    label "R390"
    lon 1181.37
    lat 255.33
  ]
  node [
    id 391
    label "R391"
    lon 774.57
    lat 2037.67
  ]
  node [
    id 392
    label "R392"
    lon 165.61
    lat 1425.93
  ]
  node [
    id 393
    label "R393"
    lon 571.01
    lat 318.34
  ]
  node [
    id 394
    label "R394"
    lon 2188.62
    lat 750.22
  ]
  node [
    id 395
    label "R395"
    lon 1503.96
    lat 1938.14
  ]
  node [
    id 396
    label "R396"
    lon 1833.92
    lat 888.83
  ]
  node [
    id 397
    label "R397"
    lon 1794.05
    lat 1045.12
  ]
  node [
    id 398
    label "R398"
    lon 1462.63
    lat 1313.64
  ]
  node [
    id 399
    label "R399"
    lon 993.2
    lat 802.19
  ]
  node [
    id 400
    label "R400"
    lon 1050.13
    lat 279.59
  ]
  node [
    id 401
    label "R401"
    lon 491.12
    lat 819.14
  ]
  node [
    id 402
    label "R402"
    lon 2110.67
    lat 1491.06
  ]
  node [
    id 403
    label "R403"
    lon 821.23
    lat 1437.37
  ]
  node [
    id 404
    label "R404"
    lon 61.05
    lat 476.36
  ]
  node [
    id 405
    label "R405"
    lon 742.39
    lat 1431.81
  ]
  node [
    id 406
    label "R406"
    lon 125.7
    lat 938.14
  ]
  node [
    id 407
    label "R407"
    lon 1576.85
    lat 1228.29
  ]
  node [
    id 408
    label "R408"
    lon 903.51
    lat 237.11
  ]
  node [
    id 409
    label "R409"
    lon 1271.74
    lat 758.77
  ]
  node [
    id 410
    label "R410"
    lon 1372.32
    lat 427.73
  ]
  node [
    id 411
    label "R411"
    lon 2203.7
    lat 1751.13
  ]
  node [
    id 412
    label "R412"
    lon 537.11
    lat 232.0
  ]
  node [
    id 413
    label "R413"
    lon 1124.22
    lat 225.37
  ]
  node [
    id 414
    label "R414"
    lon 81.23
    lat 2019.51
  ]
  node [
    id 415
    label "R415"
    lon 956.48
    lat 139.11
  ]
  node [
    id 416
    label "R416"
    lon 1202.74
    lat 333.43
  ]
  node [
    id 417
    label "R417"
    lon 2116.49
    lat 368.46
  ]
  node [
    id 418
    label "R418"
    lon 489.57
    lat 1723.32
  ]
  node [
    id 419
    label "R419"
    lon 1295.81
    lat 741.65
  ]
  node [
    id 420
    label "R420"
    lon 82.32
    lat 1713.86
  ]
  node [
    id 421
    label "R421"
    lon 1890.26
    lat 141.88
  ]
  node [
    id 422
    label "R422"
    lon 1806.6
    lat 214.94
  ]
  node [
    id 423
    label "R423"
    lon 1188.58
    lat 648.94
  ]
  node [
    id 424
    label "R424"
    lon 450.39
    lat 1346.69
  ]
  node [
    id 425
    label "R425"
    lon 1598.32
    lat 1460.47
  ]
  node [
    id 426
    label "R426"
    lon 1156.08
    lat 1729.75
  ]
  node [
    id 427
    label "R427"
    lon 1827.71
    lat 335.58
  ]
  node [
    id 428
    label "R428"
    lon 1988.73
    lat 1887.5
  ]
  node [
    id 429
    label "R429"
    lon 1391.56
    lat 951.62
  ]
  node [
    id 430
    label "R430"
    lon 1117.79
    lat 1367.34
  ]
  node [
    id 431
    label "R431"
    lon 1097.19
    lat 1406.29
  ]
  node [
    id 432
    label "R432"
    lon 1626.26
    lat 1617.38
  ]
  node [
    id 433
    label "R433"
    lon 951.78
    lat 928.64
  ]
  node [
    id 434
    label "R434"
    lon 23.35
    lat 1079.39
  ]
  node [
    id 435
    label "R435"
    lon 1892.8
    lat 1620.9
  ]
  node [
    id 436
    label "R436"
    lon 1271.22
    lat 340.87
  ]
  node [
    id 437
    label "R437"
    lon 740.49
    lat 2110.29
  ]
  node [
    id 438
    label "R438"
    lon 392.57
    lat 1278.19
  ]
  node [
    id 439
    label "R439"
    lon 2097.82
    lat 1300.87
  ]
  node [
    id 440
    label "R440"
    lon 1326.46
    lat 1719.46
  ]
  node [
    id 441
    label "R441"
    lon 1685.92
    lat 878.54
  ]
  node [
    id 442
    label "R442"
    lon 2214.48
    lat 67.06
  ]
  node [
    id 443
    label "R443"
    lon 780.06
    lat 761.49
  ]
  node [
    id 444
    label "R444"
    lon 773.8
    lat 1983.76
  ]
  node [
    id 445
    label "R445"
    lon 1375.15
    lat 1474.9
  ]
  node [
    id 446
    label "R446"
    lon 1988.6
    lat 603.86
  ]
  node [
    id 447
    label "R447"
    lon 781.32
    lat 1265.02
  ]
  node [
    id 448
    label "R448"
    lon 85.44
    lat 2072.1
  ]
  node [
    id 449
    label "R449"
    lon 770.32
    lat 1152.8
  ]
  node [
    id 450
    label "R450"
    lon 22.45
    lat 1781.65
  ]
  node [
    id 451
    label "R451"
    lon 442.62
    lat 2224.44
  ]
  node [
    id 452
    label "R452"
    lon 1603.77
    lat 56.71
  ]
  node [
    id 453
    label "R453"
    lon 1068.03
    lat 1954.69
  ]
  node [
    id 454
    label "R454"
    lon 943.72
    lat 1357.52
  ]
  node [
    id 455
    label "R455"
    lon 1680.24
    lat 947.51
  ]
  node [
    id 456
    label "R456"
    lon 2123.75
    lat 1235.26
  ]
  node [
    id 457
    label "R457"
    lon 1267.71
    lat 177.93
  ]
  node [
    id 458
    label "R458"
    lon 1065.11
    lat 1788.58
  ]
  node [
    id 459
    label "R459"
    lon 1635.49
    lat 347.11
  ]
  node [
    id 460
    label "R460"
    lon 1136.35
    lat 1169.92
  ]
  node [
    id 461
    label "R461"
    lon 684.48
    lat 779.59
  ]
  node [
    id 462
    label "R462"
    lon 1943.6
    lat 610.55
  ]
  node [
    id 463
    label "R463"
    lon 1206.14
    lat 1964.2
  ]
  node [
    id 464
    label "R464"
    lon 1500.7
    lat 1993.45
  ]
  node [
    id 465
    label "R465"
    lon 1517.64
    lat 490.08
  ]
  node [
    id 466
    label "R466"
    lon 1667.21
    lat 1393.89
  ]
  node [
    id 467
    label "R467"
    lon 2234.11
    lat 1383.26
  ]
  node [
    id 468
    label "R468"
    lon 1103.78
    lat 1657.98
  ]
  node [
    id 469
    label "R469"
    lon 751.62
    lat 1367.75
  ]
  node [
    id 470
    label "R470"
    lon 743.62
    lat 1708.7
  ]
  node [
    id 471
    label "R471"
    lon 1296.88
    lat 956.15
  ]
  node [
    id 472
    label "R472"
    lon 1639.06
    lat 1338.45
  ]
  node [
    id 473
    label "R473"
    lon 1876.12
    lat 947.05
  ]
  node [
    id 474
    label "R474"
    lon 409.7
    lat 1799.99
  ]
  node [
    id 475
    label "R475"
    lon 1781.64
    lat 18.21
  ]
  node [
    id 476
    label "R476"
    lon 454.53
    lat 1180.7
  ]
  node [
    id 477
    label "R477"
    lon 176.94
    lat 1985.89
  ]
  node [
    id 478
    label "R478"
    lon 1683.27
    lat 1562.28
  ]
  node [
    id 479
    label "R479"
    lon 11.02
    lat 1209.23
  ]
  node [
    id 480
    label "R480"
    lon 1952.11
    lat 1197.97
  ]
  node [
    id 481
    label "R481"
    lon 195.57
    lat 1944.1
  ]
  node [
    id 482
    label "R482"
    lon 2188.69
    lat 162.16
  ]
  node [
    id 483
    label "R483"
    lon 2216.37
    lat 257.79
  ]
  node [
    id 484
    label "R484"
    lon 1184.24
    lat 355.74
  ]
  node [
    id 485
    label "R485"
    lon 498.69
    lat 848.8
  ]
  node [
    id 486
    label "R486"
    lon 127.69
    lat 1188.89
  ]
  node [
    id 487
    label "R487"
    lon 134.17
    lat 422.3
  ]
  node [
    id 488
    label "R488"
    lon 1195.69
    lat 722.88
  ]
  node [
    id 489
    label "R489"
    lon 2075.38
    lat 1873.48
  ]
  node [
    id 490
    label "R490"
    lon 2195.41
    lat 851.52
  ]
  node [
    id 491
    label "R491"
    lon 385.47
    lat 52.64
  ]
  node [
    id 492
    label "R492"
    lon 1370.35
    lat 243.94
  ]
  node [
    id 493
    label "R493"
    lon 519.48
    lat 1664.88
  ]
  node [
    id 494
    label "R494"
    lon 1284.94
    lat 643.55
  ]
  node [
    id 495
    label "R495"
    lon 737.94
    lat 1020.83
  ]
  node [
    id 496
    label "R496"
    lon 1967.21
    lat 40.58
  ]
  node [
    id 497
    label "R497"
    lon 2039.21
    lat 932.52
  ]
  node [
    id 498
    label "R498"
    lon 1741.54
    lat 1973.7
  ]
  node [
    id 499
    label "R499"
    lon 607.69
    lat 1763.31
  ]
  edge [
    source 0
    target 114
    dist 119.68
  ]
  edge [
    source 0
    target 299
    dist 72.55
  ]
  edge [
    source 0
    target 311
    dist 45.76
  ]
  edge [
    source 1
    target 88
    dist 132.71
  ]
  edge [
    source 1
    target 92
    dist 157.34
  ]
  edge [
    source 1
    target 111
    dist 155.23
  ]
  edge [
    source 1
    target 247
    dist 154.5
  ]
  edge [
    source 1
    target 410
    dist 164.25
  ]
  edge [
    source 1
    target 494
    dist 72.39
  ]
  edge [
    source 2
    target 48
    dist 85.19
  ]
  edge [
    source 2
    target 385
    dist 63.86
  ]
  edge [
    source 2
    target 396
    dist 151.39
  ]
  edge [
    source 2
    target 441
    dist 38.11
  ]
  edge [
    source 3
    target 192
    dist 164.9
  ]
  edge [
    source 3
    target 245
    dist 137.53
  ]
  edge [
    source 3
    target 258
    dist 31.07
  ]
  edge [
    source 3
    target 335
    dist 129.88
  ]
  edge [
    source 3
    target 396
    dist 136.69
  ]
  edge [
    source 4
    target 47
    dist 56.31
  ]
  edge [
    source 4
    target 80
    dist 33.35
  ]
  edge [
    source 4
    target 440
    dist 71.06
  ]
  edge [
    source 5
    target 144
    dist 125.08
  ]
  edge [
    source 5
    target 241
    dist 123.52
  ]
  edge [
    source 5
    target 280
    dist 118.0
  ]
  edge [
    source 5
    target 328
    dist 63.99
  ]
  edge [
    source 6
    target 54
    dist 121.54
  ]
  edge [
    source 6
    target 204
    dist 40.98
  ]
  edge [
    source 6
    target 213
    dist 117.6
  ]
  edge [
    source 6
    target 271
    dist 138.53
  ]
  edge [
    source 6
    target 281
    dist 135.6
  ]
  edge [
    source 6
    target 443
    dist 150.36
  ]
  edge [
    source 7
    target 138
    dist 71.67
  ]
  edge [
    source 7
    target 227
    dist 140.44
  ]
  edge [
    source 7
    target 262
    dist 98.81
  ]
  edge [
    source 7
    target 278
    dist 150.7
  ]
  edge [
    source 7
    target 421
    dist 165.54
  ]
  edge [
    source 7
    target 482
    dist 133.6
  ]
  edge [
    source 8
    target 41
    dist 96.8
  ]
  edge [
    source 8
    target 137
    dist 113.18
  ]
  edge [
    source 8
    target 204
    dist 74.61
  ]
  edge [
    source 8
    target 253
    dist 89.94
  ]
  edge [
    source 8
    target 285
    dist 63.53
  ]
  edge [
    source 8
    target 399
    dist 114.77
  ]
  edge [
    source 9
    target 79
    dist 67.82
  ]
  edge [
    source 9
    target 87
    dist 95.55
  ]
  edge [
    source 9
    target 143
    dist 91.27
  ]
  edge [
    source 9
    target 209
    dist 67.44
  ]
  edge [
    source 10
    target 192
    dist 44.75
  ]
  edge [
    source 10
    target 339
    dist 37.41
  ]
  edge [
    source 10
    target 370
    dist 165.23
  ]
  edge [
    source 11
    target 266
    dist 30.43
  ]
  edge [
    source 11
    target 334
    dist 73.54
  ]
  edge [
    source 11
    target 339
    dist 48.4
  ]
  edge [
    source 11
    target 370
    dist 168.33
  ]
  edge [
    source 12
    target 208
    dist 49.4
  ]
  edge [
    source 12
    target 218
    dist 99.2
  ]
  edge [
    source 12
    target 322
    dist 66.04
  ]
  edge [
    source 13
    target 186
    dist 177.34
  ]
  edge [
    source 13
    target 198
    dist 166.72
  ]
  edge [
    source 13
    target 369
    dist 190.18
  ]
  edge [
    source 14
    target 50
    dist 163.23
  ]
  edge [
    source 14
    target 67
    dist 186.91
  ]
  edge [
    source 14
    target 114
    dist 35.06
  ]
  edge [
    source 14
    target 498
    dist 30.8
  ]
  edge [
    source 15
    target 27
    dist 94.91
  ]
  edge [
    source 15
    target 57
    dist 102.67
  ]
  edge [
    source 15
    target 102
    dist 91.95
  ]
  edge [
    source 15
    target 243
    dist 39.13
  ]
  edge [
    source 15
    target 254
    dist 99.42
  ]
  edge [
    source 15
    target 402
    dist 122.07
  ]
  edge [
    source 16
    target 77
    dist 29.96
  ]
  edge [
    source 16
    target 119
    dist 147.14
  ]
  edge [
    source 16
    target 193
    dist 108.09
  ]
  edge [
    source 16
    target 347
    dist 111.0
  ]
  edge [
    source 17
    target 73
    dist 163.51
  ]
  edge [
    source 17
    target 134
    dist 116.74
  ]
  edge [
    source 17
    target 321
    dist 119.01
  ]
  edge [
    source 18
    target 111
    dist 98.66
  ]
  edge [
    source 18
    target 410
    dist 141.11
  ]
  edge [
    source 18
    target 416
    dist 68.86
  ]
  edge [
    source 18
    target 436
    dist 64.25
  ]
  edge [
    source 18
    target 484
    dist 63.86
  ]
  edge [
    source 19
    target 304
    dist 69.58
  ]
  edge [
    source 19
    target 388
    dist 80.97
  ]
  edge [
    source 19
    target 463
    dist 77.35
  ]
  edge [
    source 20
    target 46
    dist 40.82
  ]
  edge [
    source 20
    target 187
    dist 96.82
  ]
  edge [
    source 20
    target 363
    dist 107.45
  ]
  edge [
    source 20
    target 407
    dist 120.68
  ]
  edge [
    source 21
    target 214
    dist 74.53
  ]
  edge [
    source 21
    target 349
    dist 83.24
  ]
  edge [
    source 21
    target 358
    dist 84.36
  ]
  edge [
    source 21
    target 360
    dist 40.12
  ]
  edge [
    source 22
    target 140
    dist 129.95
  ]
  edge [
    source 22
    target 166
    dist 60.99
  ]
  edge [
    source 22
    target 178
    dist 64.52
  ]
  edge [
    source 22
    target 398
    dist 71.64
  ]
  edge [
    source 22
    target 425
    dist 128.5
  ]
  edge [
    source 23
    target 132
    dist 62.64
  ]
  edge [
    source 23
    target 139
    dist 75.67
  ]
  edge [
    source 23
    target 306
    dist 115.83
  ]
  edge [
    source 23
    target 448
    dist 64.66
  ]
  edge [
    source 24
    target 216
    dist 120.24
  ]
  edge [
    source 24
    target 226
    dist 107.35
  ]
  edge [
    source 24
    target 252
    dist 96.06
  ]
  edge [
    source 24
    target 255
    dist 114.43
  ]
  edge [
    source 24
    target 294
    dist 110.45
  ]
  edge [
    source 24
    target 374
    dist 129.49
  ]
  edge [
    source 25
    target 290
    dist 27.8
  ]
  edge [
    source 25
    target 499
    dist 25.93
  ]
  edge [
    source 26
    target 34
    dist 89.62
  ]
  edge [
    source 26
    target 250
    dist 63.69
  ]
  edge [
    source 26
    target 269
    dist 26.2
  ]
  edge [
    source 27
    target 102
    dist 75.61
  ]
  edge [
    source 27
    target 254
    dist 34.93
  ]
  edge [
    source 27
    target 374
    dist 90.25
  ]
  edge [
    source 28
    target 36
    dist 172.86
  ]
  edge [
    source 28
    target 37
    dist 60.51
  ]
  edge [
    source 28
    target 82
    dist 89.42
  ]
  edge [
    source 28
    target 101
    dist 93.26
  ]
  edge [
    source 28
    target 163
    dist 97.98
  ]
  edge [
    source 29
    target 202
    dist 76.71
  ]
  edge [
    source 29
    target 343
    dist 84.93
  ]
  edge [
    source 29
    target 373
    dist 62.84
  ]
  edge [
    source 30
    target 69
    dist 113.48
  ]
  edge [
    source 30
    target 196
    dist 63.03
  ]
  edge [
    source 30
    target 301
    dist 80.81
  ]
  edge [
    source 31
    target 74
    dist 63.03
  ]
  edge [
    source 31
    target 291
    dist 67.76
  ]
  edge [
    source 31
    target 454
    dist 64.46
  ]
  edge [
    source 32
    target 70
    dist 148.86
  ]
  edge [
    source 32
    target 85
    dist 41.13
  ]
  edge [
    source 32
    target 115
    dist 71.91
  ]
  edge [
    source 33
    target 39
    dist 85.92
  ]
  edge [
    source 33
    target 195
    dist 70.13
  ]
  edge [
    source 33
    target 200
    dist 35.03
  ]
  edge [
    source 33
    target 232
    dist 70.35
  ]
  edge [
    source 34
    target 239
    dist 33.87
  ]
  edge [
    source 34
    target 250
    dist 92.89
  ]
  edge [
    source 35
    target 92
    dist 73.89
  ]
  edge [
    source 35
    target 247
    dist 80.99
  ]
  edge [
    source 35
    target 253
    dist 88.7
  ]
  edge [
    source 35
    target 357
    dist 123.92
  ]
  edge [
    source 35
    target 400
    dist 259.89
  ]
  edge [
    source 36
    target 37
    dist 168.36
  ]
  edge [
    source 36
    target 101
    dist 169.71
  ]
  edge [
    source 36
    target 160
    dist 39.64
  ]
  edge [
    source 36
    target 275
    dist 134.22
  ]
  edge [
    source 37
    target 163
    dist 110.67
  ]
  edge [
    source 37
    target 495
    dist 99.35
  ]
  edge [
    source 38
    target 52
    dist 98.38
  ]
  edge [
    source 38
    target 207
    dist 111.14
  ]
  edge [
    source 38
    target 264
    dist 92.02
  ]
  edge [
    source 38
    target 351
    dist 94.64
  ]
  edge [
    source 38
    target 460
    dist 172.27
  ]
  edge [
    source 39
    target 195
    dist 106.87
  ]
  edge [
    source 39
    target 310
    dist 123.29
  ]
  edge [
    source 40
    target 149
    dist 91.94
  ]
  edge [
    source 40
    target 261
    dist 112.04
  ]
  edge [
    source 40
    target 307
    dist 213.22
  ]
  edge [
    source 40
    target 486
    dist 78.46
  ]
  edge [
    source 41
    target 94
    dist 86.82
  ]
  edge [
    source 41
    target 234
    dist 54.28
  ]
  edge [
    source 41
    target 285
    dist 79.13
  ]
  edge [
    source 41
    target 399
    dist 89.67
  ]
  edge [
    source 42
    target 174
    dist 104.75
  ]
  edge [
    source 42
    target 322
    dist 150.36
  ]
  edge [
    source 42
    target 364
    dist 85.77
  ]
  edge [
    source 42
    target 400
    dist 131.75
  ]
  edge [
    source 43
    target 74
    dist 67.64
  ]
  edge [
    source 43
    target 273
    dist 27.2
  ]
  edge [
    source 43
    target 447
    dist 50.73
  ]
  edge [
    source 43
    target 469
    dist 108.61
  ]
  edge [
    source 44
    target 298
    dist 59.45
  ]
  edge [
    source 44
    target 345
    dist 67.53
  ]
  edge [
    source 44
    target 354
    dist 65.11
  ]
  edge [
    source 44
    target 397
    dist 84.7
  ]
  edge [
    source 44
    target 480
    dist 151.43
  ]
  edge [
    source 45
    target 295
    dist 47.47
  ]
  edge [
    source 45
    target 300
    dist 104.14
  ]
  edge [
    source 45
    target 452
    dist 76.84
  ]
  edge [
    source 46
    target 184
    dist 158.93
  ]
  edge [
    source 46
    target 279
    dist 120.73
  ]
  edge [
    source 46
    target 407
    dist 117.19
  ]
  edge [
    source 47
    target 80
    dist 47.83
  ]
  edge [
    source 47
    target 426
    dist 71.55
  ]
  edge [
    source 48
    target 91
    dist 93.13
  ]
  edge [
    source 48
    target 214
    dist 114.25
  ]
  edge [
    source 48
    target 385
    dist 84.77
  ]
  edge [
    source 49
    target 276
    dist 36.81
  ]
  edge [
    source 49
    target 391
    dist 126.96
  ]
  edge [
    source 49
    target 437
    dist 123.75
  ]
  edge [
    source 50
    target 67
    dist 116.68
  ]
  edge [
    source 50
    target 146
    dist 38.96
  ]
  edge [
    source 50
    target 379
    dist 137.13
  ]
  edge [
    source 51
    target 64
    dist 42.11
  ]
  edge [
    source 51
    target 99
    dist 33.2
  ]
  edge [
    source 51
    target 468
    dist 39.34
  ]
  edge [
    source 52
    target 184
    dist 197.78
  ]
  edge [
    source 52
    target 264
    dist 54.76
  ]
  edge [
    source 52
    target 398
    dist 93.29
  ]
  edge [
    source 53
    target 188
    dist 281.34
  ]
  edge [
    source 53
    target 320
    dist 49.41
  ]
  edge [
    source 53
    target 352
    dist 40.53
  ]
  edge [
    source 53
    target 445
    dist 31.39
  ]
  edge [
    source 54
    target 118
    dist 114.48
  ]
  edge [
    source 54
    target 213
    dist 54.88
  ]
  edge [
    source 54
    target 260
    dist 98.5
  ]
  edge [
    source 54
    target 443
    dist 151.29
  ]
  edge [
    source 55
    target 162
    dist 134.76
  ]
  edge [
    source 55
    target 193
    dist 186.86
  ]
  edge [
    source 55
    target 252
    dist 64.34
  ]
  edge [
    source 55
    target 263
    dist 136.98
  ]
  edge [
    source 55
    target 435
    dist 35.09
  ]
  edge [
    source 56
    target 124
    dist 225.82
  ]
  edge [
    source 56
    target 319
    dist 49.24
  ]
  edge [
    source 56
    target 381
    dist 108.32
  ]
  edge [
    source 56
    target 449
    dist 76.37
  ]
  edge [
    source 57
    target 102
    dist 117.3
  ]
  edge [
    source 57
    target 243
    dist 108.13
  ]
  edge [
    source 57
    target 294
    dist 151.27
  ]
  edge [
    source 57
    target 411
    dist 82.06
  ]
  edge [
    source 57
    target 489
    dist 170.23
  ]
  edge [
    source 58
    target 60
    dist 202.44
  ]
  edge [
    source 58
    target 126
    dist 117.37
  ]
  edge [
    source 58
    target 211
    dist 166.62
  ]
  edge [
    source 58
    target 219
    dist 107.48
  ]
  edge [
    source 58
    target 296
    dist 165.59
  ]
  edge [
    source 59
    target 82
    dist 75.13
  ]
  edge [
    source 59
    target 163
    dist 116.82
  ]
  edge [
    source 59
    target 371
    dist 187.89
  ]
  edge [
    source 59
    target 476
    dist 34.95
  ]
  edge [
    source 60
    target 136
    dist 72.13
  ]
  edge [
    source 60
    target 356
    dist 84.88
  ]
  edge [
    source 60
    target 366
    dist 92.1
  ]
  edge [
    source 61
    target 221
    dist 94.64
  ]
  edge [
    source 61
    target 370
    dist 175.71
  ]
  edge [
    source 61
    target 394
    dist 135.89
  ]
  edge [
    source 62
    target 98
    dist 40.24
  ]
  edge [
    source 62
    target 267
    dist 223.45
  ]
  edge [
    source 62
    target 403
    dist 66.09
  ]
  edge [
    source 62
    target 405
    dist 33.18
  ]
  edge [
    source 63
    target 233
    dist 60.38
  ]
  edge [
    source 63
    target 292
    dist 88.13
  ]
  edge [
    source 63
    target 393
    dist 88.61
  ]
  edge [
    source 63
    target 412
    dist 56.34
  ]
  edge [
    source 64
    target 188
    dist 63.56
  ]
  edge [
    source 64
    target 426
    dist 40.48
  ]
  edge [
    source 64
    target 468
    dist 49.1
  ]
  edge [
    source 65
    target 124
    dist 82.03
  ]
  edge [
    source 65
    target 291
    dist 140.69
  ]
  edge [
    source 65
    target 460
    dist 36.49
  ]
  edge [
    source 66
    target 288
    dist 131.33
  ]
  edge [
    source 66
    target 413
    dist 175.01
  ]
  edge [
    source 66
    target 415
    dist 45.04
  ]
  edge [
    source 67
    target 379
    dist 109.14
  ]
  edge [
    source 67
    target 464
    dist 39.15
  ]
  edge [
    source 68
    target 298
    dist 28.77
  ]
  edge [
    source 68
    target 354
    dist 39.84
  ]
  edge [
    source 68
    target 375
    dist 43.97
  ]
  edge [
    source 69
    target 303
    dist 75.03
  ]
  edge [
    source 69
    target 444
    dist 85.89
  ]
  edge [
    source 70
    target 79
    dist 158.98
  ]
  edge [
    source 70
    target 412
    dist 159.45
  ]
  edge [
    source 70
    target 491
    dist 81.04
  ]
  edge [
    source 71
    target 237
    dist 74.71
  ]
  edge [
    source 71
    target 275
    dist 70.69
  ]
  edge [
    source 71
    target 377
    dist 60.21
  ]
  edge [
    source 71
    target 443
    dist 57.78
  ]
  edge [
    source 71
    target 461
    dist 72.81
  ]
  edge [
    source 72
    target 139
    dist 186.17
  ]
  edge [
    source 72
    target 202
    dist 99.48
  ]
  edge [
    source 72
    target 348
    dist 141.61
  ]
  edge [
    source 72
    target 451
    dist 99.7
  ]
  edge [
    source 73
    target 103
    dist 57.18
  ]
  edge [
    source 73
    target 388
    dist 173.47
  ]
  edge [
    source 73
    target 463
    dist 198.47
  ]
  edge [
    source 74
    target 185
    dist 116.86
  ]
  edge [
    source 74
    target 403
    dist 128.57
  ]
  edge [
    source 74
    target 454
    dist 68.63
  ]
  edge [
    source 75
    target 90
    dist 32.96
  ]
  edge [
    source 75
    target 161
    dist 63.13
  ]
  edge [
    source 76
    target 283
    dist 34.59
  ]
  edge [
    source 76
    target 309
    dist 42.99
  ]
  edge [
    source 77
    target 84
    dist 80.54
  ]
  edge [
    source 77
    target 284
    dist 58.74
  ]
  edge [
    source 78
    target 106
    dist 111.19
  ]
  edge [
    source 78
    target 152
    dist 124.4
  ]
  edge [
    source 78
    target 205
    dist 101.96
  ]
  edge [
    source 78
    target 216
    dist 90.96
  ]
  edge [
    source 78
    target 395
    dist 235.23
  ]
  edge [
    source 79
    target 198
    dist 82.67
  ]
  edge [
    source 79
    target 412
    dist 198.89
  ]
  edge [
    source 80
    target 240
    dist 66.47
  ]
  edge [
    source 81
    target 100
    dist 86.86
  ]
  edge [
    source 81
    target 206
    dist 40.5
  ]
  edge [
    source 81
    target 215
    dist 192.11
  ]
  edge [
    source 82
    target 101
    dist 96.75
  ]
  edge [
    source 82
    target 157
    dist 107.64
  ]
  edge [
    source 82
    target 163
    dist 98.24
  ]
  edge [
    source 83
    target 281
    dist 42.65
  ]
  edge [
    source 83
    target 387
    dist 43.38
  ]
  edge [
    source 84
    target 439
    dist 49.5
  ]
  edge [
    source 84
    target 480
    dist 132.25
  ]
  edge [
    source 85
    target 115
    dist 61.98
  ]
  edge [
    source 85
    target 233
    dist 89.95
  ]
  edge [
    source 86
    target 179
    dist 69.44
  ]
  edge [
    source 86
    target 323
    dist 29.12
  ]
  edge [
    source 86
    target 329
    dist 57.63
  ]
  edge [
    source 86
    target 356
    dist 118.21
  ]
  edge [
    source 87
    target 143
    dist 66.26
  ]
  edge [
    source 87
    target 310
    dist 77.67
  ]
  edge [
    source 87
    target 369
    dist 119.42
  ]
  edge [
    source 88
    target 349
    dist 161.09
  ]
  edge [
    source 88
    target 410
    dist 116.24
  ]
  edge [
    source 88
    target 465
    dist 106.66
  ]
  edge [
    source 89
    target 152
    dist 60.17
  ]
  edge [
    source 89
    target 216
    dist 143.43
  ]
  edge [
    source 89
    target 252
    dist 60.83
  ]
  edge [
    source 90
    target 295
    dist 169.12
  ]
  edge [
    source 91
    target 181
    dist 58.76
  ]
  edge [
    source 91
    target 214
    dist 121.04
  ]
  edge [
    source 91
    target 385
    dist 39.94
  ]
  edge [
    source 92
    target 247
    dist 36.22
  ]
  edge [
    source 92
    target 338
    dist 108.81
  ]
  edge [
    source 92
    target 357
    dist 105.23
  ]
  edge [
    source 92
    target 423
    dist 102.42
  ]
  edge [
    source 93
    target 97
    dist 70.47
  ]
  edge [
    source 93
    target 115
    dist 57.62
  ]
  edge [
    source 93
    target 224
    dist 45.63
  ]
  edge [
    source 93
    target 269
    dist 50.24
  ]
  edge [
    source 94
    target 338
    dist 34.39
  ]
  edge [
    source 94
    target 488
    dist 59.14
  ]
  edge [
    source 95
    target 197
    dist 203.67
  ]
  edge [
    source 95
    target 249
    dist 201.98
  ]
  edge [
    source 95
    target 362
    dist 84.08
  ]
  edge [
    source 96
    target 152
    dist 49.47
  ]
  edge [
    source 96
    target 162
    dist 35.41
  ]
  edge [
    source 96
    target 432
    dist 86.19
  ]
  edge [
    source 97
    target 116
    dist 87.18
  ]
  edge [
    source 97
    target 250
    dist 90.53
  ]
  edge [
    source 97
    target 269
    dist 85.61
  ]
  edge [
    source 98
    target 403
    dist 53.95
  ]
  edge [
    source 98
    target 405
    dist 29.17
  ]
  edge [
    source 98
    target 469
    dist 56.69
  ]
  edge [
    source 99
    target 173
    dist 174.13
  ]
  edge [
    source 99
    target 229
    dist 188.04
  ]
  edge [
    source 99
    target 458
    dist 73.75
  ]
  edge [
    source 100
    target 206
    dist 77.9
  ]
  edge [
    source 100
    target 332
    dist 114.47
  ]
  edge [
    source 100
    target 365
    dist 118.95
  ]
  edge [
    source 101
    target 157
    dist 126.3
  ]
  edge [
    source 101
    target 485
    dist 148.78
  ]
  edge [
    source 102
    target 294
    dist 120.39
  ]
  edge [
    source 102
    target 374
    dist 87.11
  ]
  edge [
    source 104
    target 182
    dist 128.29
  ]
  edge [
    source 104
    target 259
    dist 106.3
  ]
  edge [
    source 104
    target 361
    dist 143.22
  ]
  edge [
    source 104
    target 384
    dist 30.54
  ]
  edge [
    source 105
    target 107
    dist 97.37
  ]
  edge [
    source 105
    target 246
    dist 115.97
  ]
  edge [
    source 105
    target 316
    dist 85.95
  ]
  edge [
    source 105
    target 392
    dist 97.94
  ]
  edge [
    source 106
    target 205
    dist 76.27
  ]
  edge [
    source 106
    target 323
    dist 89.01
  ]
  edge [
    source 106
    target 395
    dist 215.56
  ]
  edge [
    source 106
    target 498
    dist 60.14
  ]
  edge [
    source 107
    target 225
    dist 78.0
  ]
  edge [
    source 107
    target 316
    dist 114.62
  ]
  edge [
    source 107
    target 392
    dist 93.93
  ]
  edge [
    source 108
    target 201
    dist 31.68
  ]
  edge [
    source 108
    target 278
    dist 138.35
  ]
  edge [
    source 108
    target 422
    dist 68.75
  ]
  edge [
    source 109
    target 175
    dist 32.82
  ]
  edge [
    source 109
    target 411
    dist 46.91
  ]
  edge [
    source 110
    target 274
    dist 131.8
  ]
  edge [
    source 110
    target 287
    dist 38.16
  ]
  edge [
    source 110
    target 293
    dist 117.05
  ]
  edge [
    source 110
    target 346
    dist 92.79
  ]
  edge [
    source 110
    target 417
    dist 92.25
  ]
  edge [
    source 111
    target 247
    dist 61.45
  ]
  edge [
    source 111
    target 484
    dist 116.39
  ]
  edge [
    source 112
    target 171
    dist 141.04
  ]
  edge [
    source 112
    target 185
    dist 155.09
  ]
  edge [
    source 112
    target 188
    dist 177.8
  ]
  edge [
    source 112
    target 229
    dist 135.69
  ]
  edge [
    source 112
    target 265
    dist 114.61
  ]
  edge [
    source 112
    target 318
    dist 78.6
  ]
  edge [
    source 112
    target 468
    dist 178.5
  ]
  edge [
    source 113
    target 234
    dist 278.01
  ]
  edge [
    source 113
    target 257
    dist 143.98
  ]
  edge [
    source 113
    target 351
    dist 182.83
  ]
  edge [
    source 113
    target 433
    dist 234.27
  ]
  edge [
    source 113
    target 460
    dist 89.6
  ]
  edge [
    source 114
    target 299
    dist 123.89
  ]
  edge [
    source 114
    target 329
    dist 55.07
  ]
  edge [
    source 114
    target 498
    dist 36.01
  ]
  edge [
    source 116
    target 250
    dist 51.95
  ]
  edge [
    source 117
    target 180
    dist 180.78
  ]
  edge [
    source 117
    target 230
    dist 69.62
  ]
  edge [
    source 117
    target 248
    dist 111.37
  ]
  edge [
    source 117
    target 437
    dist 51.1
  ]
  edge [
    source 118
    target 260
    dist 115.24
  ]
  edge [
    source 118
    target 326
    dist 29.24
  ]
  edge [
    source 118
    target 386
    dist 139.4
  ]
  edge [
    source 119
    target 193
    dist 159.44
  ]
  edge [
    source 119
    target 251
    dist 88.25
  ]
  edge [
    source 119
    target 402
    dist 63.8
  ]
  edge [
    source 119
    target 467
    dist 151.21
  ]
  edge [
    source 120
    target 244
    dist 140.86
  ]
  edge [
    source 120
    target 303
    dist 31.12
  ]
  edge [
    source 120
    target 359
    dist 130.12
  ]
  edge [
    source 120
    target 453
    dist 145.91
  ]
  edge [
    source 121
    target 193
    dist 121.42
  ]
  edge [
    source 121
    target 254
    dist 27.32
  ]
  edge [
    source 121
    target 402
    dist 100.04
  ]
  edge [
    source 122
    target 317
    dist 72.38
  ]
  edge [
    source 122
    target 363
    dist 84.78
  ]
  edge [
    source 122
    target 407
    dist 130.01
  ]
  edge [
    source 122
    target 472
    dist 43.52
  ]
  edge [
    source 123
    target 157
    dist 79.96
  ]
  edge [
    source 123
    target 261
    dist 103.12
  ]
  edge [
    source 123
    target 307
    dist 152.34
  ]
  edge [
    source 124
    target 291
    dist 114.69
  ]
  edge [
    source 124
    target 381
    dist 212.9
  ]
  edge [
    source 125
    target 201
    dist 132.94
  ]
  edge [
    source 125
    target 367
    dist 148.01
  ]
  edge [
    source 125
    target 383
    dist 126.38
  ]
  edge [
    source 125
    target 459
    dist 54.55
  ]
  edge [
    source 126
    target 159
    dist 85.76
  ]
  edge [
    source 127
    target 256
    dist 79.53
  ]
  edge [
    source 127
    target 389
    dist 84.23
  ]
  edge [
    source 127
    target 470
    dist 71.54
  ]
  edge [
    source 128
    target 158
    dist 53.0
  ]
  edge [
    source 128
    target 164
    dist 72.01
  ]
  edge [
    source 128
    target 169
    dist 37.6
  ]
  edge [
    source 128
    target 309
    dist 90.85
  ]
  edge [
    source 129
    target 347
    dist 129.25
  ]
  edge [
    source 129
    target 368
    dist 70.42
  ]
  edge [
    source 129
    target 372
    dist 57.53
  ]
  edge [
    source 130
    target 283
    dist 39.59
  ]
  edge [
    source 130
    target 300
    dist 51.57
  ]
  edge [
    source 131
    target 166
    dist 35.91
  ]
  edge [
    source 131
    target 425
    dist 116.87
  ]
  edge [
    source 131
    target 472
    dist 34.95
  ]
  edge [
    source 132
    target 139
    dist 95.44
  ]
  edge [
    source 132
    target 348
    dist 91.64
  ]
  edge [
    source 133
    target 147
    dist 74.36
  ]
  edge [
    source 133
    target 194
    dist 81.35
  ]
  edge [
    source 134
    target 276
    dist 111.63
  ]
  edge [
    source 134
    target 303
    dist 101.92
  ]
  edge [
    source 134
    target 321
    dist 104.76
  ]
  edge [
    source 135
    target 217
    dist 98.26
  ]
  edge [
    source 135
    target 293
    dist 88.4
  ]
  edge [
    source 135
    target 446
    dist 42.92
  ]
  edge [
    source 135
    target 462
    dist 43.83
  ]
  edge [
    source 136
    target 311
    dist 88.26
  ]
  edge [
    source 136
    target 329
    dist 111.58
  ]
  edge [
    source 136
    target 356
    dist 59.11
  ]
  edge [
    source 137
    target 204
    dist 115.33
  ]
  edge [
    source 137
    target 271
    dist 86.48
  ]
  edge [
    source 137
    target 399
    dist 59.02
  ]
  edge [
    source 138
    target 227
    dist 144.49
  ]
  edge [
    source 138
    target 496
    dist 91.68
  ]
  edge [
    source 139
    target 306
    dist 100.61
  ]
  edge [
    source 139
    target 348
    dist 121.91
  ]
  edge [
    source 139
    target 477
    dist 102.42
  ]
  edge [
    source 140
    target 178
    dist 124.46
  ]
  edge [
    source 140
    target 220
    dist 134.89
  ]
  edge [
    source 140
    target 352
    dist 53.22
  ]
  edge [
    source 140
    target 425
    dist 138.25
  ]
  edge [
    source 141
    target 199
    dist 91.49
  ]
  edge [
    source 141
    target 312
    dist 38.17
  ]
  edge [
    source 141
    target 371
    dist 73.87
  ]
  edge [
    source 142
    target 157
    dist 80.7
  ]
  edge [
    source 142
    target 168
    dist 89.33
  ]
  edge [
    source 142
    target 261
    dist 81.06
  ]
  edge [
    source 142
    target 438
    dist 122.53
  ]
  edge [
    source 142
    target 476
    dist 86.47
  ]
  edge [
    source 143
    target 198
    dist 88.64
  ]
  edge [
    source 143
    target 369
    dist 102.35
  ]
  edge [
    source 144
    target 241
    dist 34.32
  ]
  edge [
    source 145
    target 214
    dist 63.35
  ]
  edge [
    source 145
    target 349
    dist 62.74
  ]
  edge [
    source 145
    target 419
    dist 252.67
  ]
  edge [
    source 146
    target 299
    dist 74.51
  ]
  edge [
    source 147
    target 320
    dist 47.2
  ]
  edge [
    source 147
    target 352
    dist 55.68
  ]
  edge [
    source 147
    target 432
    dist 184.81
  ]
  edge [
    source 148
    target 307
    dist 238.19
  ]
  edge [
    source 148
    target 401
    dist 36.55
  ]
  edge [
    source 148
    target 485
    dist 35.78
  ]
  edge [
    source 149
    target 406
    dist 133.51
  ]
  edge [
    source 149
    target 434
    dist 87.19
  ]
  edge [
    source 149
    target 486
    dist 119.45
  ]
  edge [
    source 150
    target 176
    dist 118.84
  ]
  edge [
    source 150
    target 210
    dist 75.36
  ]
  edge [
    source 150
    target 215
    dist 146.47
  ]
  edge [
    source 150
    target 289
    dist 94.14
  ]
  edge [
    source 150
    target 353
    dist 93.67
  ]
  edge [
    source 150
    target 420
    dist 136.52
  ]
  edge [
    source 151
    target 355
    dist 150.81
  ]
  edge [
    source 151
    target 409
    dist 87.24
  ]
  edge [
    source 151
    target 488
    dist 39.86
  ]
  edge [
    source 153
    target 161
    dist 60.27
  ]
  edge [
    source 153
    target 288
    dist 151.4
  ]
  edge [
    source 153
    target 457
    dist 58.09
  ]
  edge [
    source 154
    target 184
    dist 159.03
  ]
  edge [
    source 154
    target 235
    dist 77.92
  ]
  edge [
    source 154
    target 351
    dist 77.59
  ]
  edge [
    source 154
    target 429
    dist 135.9
  ]
  edge [
    source 155
    target 324
    dist 79.63
  ]
  edge [
    source 155
    target 333
    dist 59.56
  ]
  edge [
    source 155
    target 396
    dist 79.1
  ]
  edge [
    source 155
    target 441
    dist 106.61
  ]
  edge [
    source 155
    target 473
    dist 103.1
  ]
  edge [
    source 156
    target 262
    dist 54.56
  ]
  edge [
    source 156
    target 340
    dist 81.89
  ]
  edge [
    source 156
    target 417
    dist 70.85
  ]
  edge [
    source 157
    target 476
    dist 111.25
  ]
  edge [
    source 158
    target 410
    dist 115.62
  ]
  edge [
    source 158
    target 465
    dist 92.46
  ]
  edge [
    source 158
    target 492
    dist 196.63
  ]
  edge [
    source 159
    target 211
    dist 79.06
  ]
  edge [
    source 159
    target 411
    dist 133.6
  ]
  edge [
    source 160
    target 341
    dist 62.52
  ]
  edge [
    source 160
    target 386
    dist 150.33
  ]
  edge [
    source 160
    target 461
    dist 108.04
  ]
  edge [
    source 161
    target 288
    dist 149.02
  ]
  edge [
    source 162
    target 263
    dist 25.44
  ]
  edge [
    source 163
    target 371
    dist 160.85
  ]
  edge [
    source 163
    target 449
    dist 173.07
  ]
  edge [
    source 164
    target 169
    dist 76.31
  ]
  edge [
    source 164
    target 358
    dist 90.7
  ]
  edge [
    source 164
    target 367
    dist 179.78
  ]
  edge [
    source 164
    target 465
    dist 50.14
  ]
  edge [
    source 165
    target 317
    dist 28.08
  ]
  edge [
    source 165
    target 347
    dist 110.84
  ]
  edge [
    source 165
    target 368
    dist 27.35
  ]
  edge [
    source 166
    target 407
    dist 108.49
  ]
  edge [
    source 167
    target 228
    dist 38.93
  ]
  edge [
    source 167
    target 409
    dist 125.94
  ]
  edge [
    source 167
    target 429
    dist 103.01
  ]
  edge [
    source 168
    target 246
    dist 71.41
  ]
  edge [
    source 168
    target 261
    dist 73.34
  ]
  edge [
    source 168
    target 438
    dist 106.59
  ]
  edge [
    source 169
    target 309
    dist 83.43
  ]
  edge [
    source 169
    target 459
    dist 77.63
  ]
  edge [
    source 170
    target 273
    dist 96.84
  ]
  edge [
    source 170
    target 447
    dist 83.3
  ]
  edge [
    source 170
    target 449
    dist 29.7
  ]
  edge [
    source 171
    target 185
    dist 70.33
  ]
  edge [
    source 171
    target 229
    dist 90.56
  ]
  edge [
    source 171
    target 389
    dist 95.66
  ]
  edge [
    source 172
    target 241
    dist 119.39
  ]
  edge [
    source 172
    target 307
    dist 97.01
  ]
  edge [
    source 172
    target 328
    dist 149.54
  ]
  edge [
    source 172
    target 406
    dist 33.1
  ]
  edge [
    source 173
    target 244
    dist 177.16
  ]
  edge [
    source 173
    target 256
    dist 42.14
  ]
  edge [
    source 174
    target 218
    dist 61.6
  ]
  edge [
    source 174
    target 281
    dist 99.47
  ]
  edge [
    source 174
    target 322
    dist 129.14
  ]
  edge [
    source 175
    target 243
    dist 112.76
  ]
  edge [
    source 176
    target 215
    dist 122.42
  ]
  edge [
    source 176
    target 225
    dist 132.14
  ]
  edge [
    source 176
    target 231
    dist 62.85
  ]
  edge [
    source 176
    target 353
    dist 130.6
  ]
  edge [
    source 177
    target 382
    dist 35.33
  ]
  edge [
    source 177
    target 441
    dist 74.35
  ]
  edge [
    source 177
    target 455
    dist 58.67
  ]
  edge [
    source 178
    target 220
    dist 64.06
  ]
  edge [
    source 178
    target 398
    dist 46.06
  ]
  edge [
    source 179
    target 216
    dist 99.82
  ]
  edge [
    source 179
    target 226
    dist 42.53
  ]
  edge [
    source 179
    target 323
    dist 69.17
  ]
  edge [
    source 179
    target 356
    dist 135.66
  ]
  edge [
    source 180
    target 202
    dist 85.86
  ]
  edge [
    source 180
    target 327
    dist 116.74
  ]
  edge [
    source 180
    target 373
    dist 133.6
  ]
  edge [
    source 180
    target 451
    dist 179.73
  ]
  edge [
    source 181
    target 214
    dist 114.08
  ]
  edge [
    source 181
    target 245
    dist 112.55
  ]
  edge [
    source 181
    target 360
    dist 74.72
  ]
  edge [
    source 182
    target 331
    dist 61.02
  ]
  edge [
    source 182
    target 361
    dist 173.03
  ]
  edge [
    source 182
    target 386
    dist 178.21
  ]
  edge [
    source 183
    target 448
    dist 37.21
  ]
  edge [
    source 184
    target 382
    dist 171.22
  ]
  edge [
    source 184
    target 407
    dist 150.65
  ]
  edge [
    source 184
    target 429
    dist 184.72
  ]
  edge [
    source 185
    target 403
    dist 58.23
  ]
  edge [
    source 185
    target 454
    dist 105.92
  ]
  edge [
    source 186
    target 198
    dist 118.14
  ]
  edge [
    source 186
    target 491
    dist 33.7
  ]
  edge [
    source 187
    target 284
    dist 196.36
  ]
  edge [
    source 187
    target 345
    dist 62.28
  ]
  edge [
    source 187
    target 363
    dist 120.47
  ]
  edge [
    source 188
    target 314
    dist 160.5
  ]
  edge [
    source 188
    target 320
    dist 277.1
  ]
  edge [
    source 188
    target 445
    dist 279.86
  ]
  edge [
    source 188
    target 468
    dist 47.52
  ]
  edge [
    source 189
    target 219
    dist 60.75
  ]
  edge [
    source 190
    target 231
    dist 110.68
  ]
  edge [
    source 190
    target 343
    dist 104.05
  ]
  edge [
    source 190
    target 353
    dist 49.52
  ]
  edge [
    source 190
    target 474
    dist 83.67
  ]
  edge [
    source 191
    target 224
    dist 82.49
  ]
  edge [
    source 191
    target 233
    dist 72.84
  ]
  edge [
    source 191
    target 292
    dist 58.81
  ]
  edge [
    source 191
    target 322
    dist 139.15
  ]
  edge [
    source 191
    target 364
    dist 166.47
  ]
  edge [
    source 192
    target 335
    dist 190.86
  ]
  edge [
    source 192
    target 396
    dist 132.3
  ]
  edge [
    source 192
    target 473
    dist 146.52
  ]
  edge [
    source 193
    target 347
    dist 89.29
  ]
  edge [
    source 193
    target 435
    dist 184.25
  ]
  edge [
    source 194
    target 395
    dist 264.68
  ]
  edge [
    source 194
    target 440
    dist 48.49
  ]
  edge [
    source 195
    target 200
    dist 70.49
  ]
  edge [
    source 195
    target 404
    dist 68.45
  ]
  edge [
    source 196
    target 272
    dist 75.16
  ]
  edge [
    source 196
    target 327
    dist 168.34
  ]
  edge [
    source 196
    target 444
    dist 77.82
  ]
  edge [
    source 197
    target 249
    dist 58.55
  ]
  edge [
    source 197
    target 334
    dist 65.84
  ]
  edge [
    source 197
    target 362
    dist 190.26
  ]
  edge [
    source 197
    target 375
    dist 110.16
  ]
  edge [
    source 197
    target 497
    dist 62.63
  ]
  edge [
    source 199
    target 312
    dist 98.37
  ]
  edge [
    source 199
    target 405
    dist 46.17
  ]
  edge [
    source 199
    target 469
    dist 52.84
  ]
  edge [
    source 200
    target 404
    dist 56.89
  ]
  edge [
    source 200
    target 487
    dist 55.14
  ]
  edge [
    source 201
    target 427
    dist 29.66
  ]
  edge [
    source 203
    target 207
    dist 160.9
  ]
  edge [
    source 203
    target 220
    dist 45.6
  ]
  edge [
    source 203
    target 264
    dist 32.63
  ]
  edge [
    source 203
    target 398
    dist 101.31
  ]
  edge [
    source 204
    target 253
    dist 96.51
  ]
  edge [
    source 205
    target 216
    dist 47.47
  ]
  edge [
    source 205
    target 323
    dist 54.22
  ]
  edge [
    source 206
    target 392
    dist 60.91
  ]
  edge [
    source 207
    target 222
    dist 53.1
  ]
  edge [
    source 207
    target 460
    dist 147.29
  ]
  edge [
    source 208
    target 326
    dist 118.42
  ]
  edge [
    source 208
    target 342
    dist 113.93
  ]
  edge [
    source 209
    target 268
    dist 120.92
  ]
  edge [
    source 209
    target 412
    dist 224.56
  ]
  edge [
    source 210
    target 289
    dist 70.43
  ]
  edge [
    source 210
    target 330
    dist 53.04
  ]
  edge [
    source 210
    target 420
    dist 117.55
  ]
  edge [
    source 211
    target 411
    dist 135.84
  ]
  edge [
    source 211
    target 489
    dist 78.81
  ]
  edge [
    source 212
    target 238
    dist 55.95
  ]
  edge [
    source 212
    target 312
    dist 113.15
  ]
  edge [
    source 212
    target 424
    dist 67.71
  ]
  edge [
    source 213
    target 218
    dist 109.2
  ]
  edge [
    source 213
    target 281
    dist 83.47
  ]
  edge [
    source 214
    target 349
    dist 77.8
  ]
  edge [
    source 215
    target 225
    dist 94.81
  ]
  edge [
    source 215
    target 420
    dist 145.77
  ]
  edge [
    source 217
    target 245
    dist 183.61
  ]
  edge [
    source 217
    target 277
    dist 68.68
  ]
  edge [
    source 217
    target 313
    dist 64.98
  ]
  edge [
    source 217
    target 367
    dist 185.41
  ]
  edge [
    source 218
    target 281
    dist 80.76
  ]
  edge [
    source 219
    target 297
    dist 84.94
  ]
  edge [
    source 220
    target 445
    dist 106.06
  ]
  edge [
    source 221
    target 287
    dist 43.14
  ]
  edge [
    source 221
    target 370
    dist 189.92
  ]
  edge [
    source 221
    target 446
    dist 190.71
  ]
  edge [
    source 222
    target 430
    dist 59.72
  ]
  edge [
    source 222
    target 460
    dist 153.02
  ]
  edge [
    source 223
    target 328
    dist 28.7
  ]
  edge [
    source 223
    target 350
    dist 76.43
  ]
  edge [
    source 224
    target 233
    dist 97.69
  ]
  edge [
    source 224
    target 269
    dist 56.14
  ]
  edge [
    source 225
    target 305
    dist 146.17
  ]
  edge [
    source 226
    target 255
    dist 85.27
  ]
  edge [
    source 226
    target 428
    dist 92.01
  ]
  edge [
    source 227
    target 442
    dist 52.78
  ]
  edge [
    source 227
    target 482
    dist 48.57
  ]
  edge [
    source 228
    target 355
    dist 36.27
  ]
  edge [
    source 228
    target 429
    dist 103.61
  ]
  edge [
    source 228
    target 471
    dist 53.65
  ]
  edge [
    source 229
    target 256
    dist 75.33
  ]
  edge [
    source 229
    target 389
    dist 73.78
  ]
  edge [
    source 229
    target 468
    dist 190.33
  ]
  edge [
    source 230
    target 272
    dist 37.23
  ]
  edge [
    source 230
    target 391
    dist 54.69
  ]
  edge [
    source 230
    target 437
    dist 72.07
  ]
  edge [
    source 231
    target 353
    dist 115.46
  ]
  edge [
    source 231
    target 418
    dist 139.57
  ]
  edge [
    source 231
    target 474
    dist 96.41
  ]
  edge [
    source 232
    target 310
    dist 55.01
  ]
  edge [
    source 232
    target 487
    dist 69.97
  ]
  edge [
    source 233
    target 292
    dist 68.23
  ]
  edge [
    source 234
    target 399
    dist 71.55
  ]
  edge [
    source 235
    target 257
    dist 55.11
  ]
  edge [
    source 235
    target 351
    dist 101.28
  ]
  edge [
    source 236
    target 400
    dist 36.11
  ]
  edge [
    source 236
    target 413
    dist 62.43
  ]
  edge [
    source 236
    target 484
    dist 127.45
  ]
  edge [
    source 237
    target 260
    dist 83.11
  ]
  edge [
    source 237
    target 386
    dist 116.23
  ]
  edge [
    source 237
    target 443
    dist 78.43
  ]
  edge [
    source 237
    target 461
    dist 31.13
  ]
  edge [
    source 238
    target 267
    dist 197.79
  ]
  edge [
    source 238
    target 305
    dist 95.13
  ]
  edge [
    source 238
    target 316
    dist 133.54
  ]
  edge [
    source 239
    target 408
    dist 52.42
  ]
  edge [
    source 239
    target 415
    dist 67.46
  ]
  edge [
    source 240
    target 304
    dist 55.47
  ]
  edge [
    source 240
    target 359
    dist 211.27
  ]
  edge [
    source 240
    target 463
    dist 111.43
  ]
  edge [
    source 241
    target 328
    dist 111.8
  ]
  edge [
    source 241
    target 406
    dist 118.19
  ]
  edge [
    source 242
    target 282
    dist 34.32
  ]
  edge [
    source 242
    target 308
    dist 42.46
  ]
  edge [
    source 242
    target 467
    dist 130.48
  ]
  edge [
    source 243
    target 282
    dist 84.26
  ]
  edge [
    source 243
    target 402
    dist 119.3
  ]
  edge [
    source 244
    target 359
    dist 63.2
  ]
  edge [
    source 244
    target 458
    dist 75.24
  ]
  edge [
    source 245
    target 335
    dist 57.67
  ]
  edge [
    source 245
    target 344
    dist 103.09
  ]
  edge [
    source 245
    target 367
    dist 133.66
  ]
  edge [
    source 246
    target 332
    dist 188.47
  ]
  edge [
    source 246
    target 438
    dist 114.9
  ]
  edge [
    source 246
    target 486
    dist 177.43
  ]
  edge [
    source 248
    target 437
    dist 116.81
  ]
  edge [
    source 248
    target 451
    dist 246.88
  ]
  edge [
    source 249
    target 490
    dist 107.29
  ]
  edge [
    source 251
    target 439
    dist 42.0
  ]
  edge [
    source 251
    target 467
    dist 139.95
  ]
  edge [
    source 253
    target 285
    dist 103.24
  ]
  edge [
    source 253
    target 387
    dist 53.96
  ]
  edge [
    source 254
    target 402
    dist 102.34
  ]
  edge [
    source 255
    target 294
    dist 48.5
  ]
  edge [
    source 255
    target 428
    dist 67.89
  ]
  edge [
    source 256
    target 389
    dist 60.04
  ]
  edge [
    source 257
    target 471
    dist 64.48
  ]
  edge [
    source 258
    target 385
    dist 58.12
  ]
  edge [
    source 258
    target 396
    dist 133.42
  ]
  edge [
    source 259
    target 268
    dist 67.89
  ]
  edge [
    source 259
    target 325
    dist 70.59
  ]
  edge [
    source 259
    target 487
    dist 184.41
  ]
  edge [
    source 260
    target 386
    dist 90.65
  ]
  edge [
    source 262
    target 278
    dist 150.74
  ]
  edge [
    source 262
    target 482
    dist 134.84
  ]
  edge [
    source 263
    target 372
    dist 93.25
  ]
  edge [
    source 263
    target 478
    dist 45.63
  ]
  edge [
    source 264
    target 398
    dist 100.69
  ]
  edge [
    source 265
    target 291
    dist 109.28
  ]
  edge [
    source 265
    target 318
    dist 92.28
  ]
  edge [
    source 265
    target 431
    dist 93.82
  ]
  edge [
    source 265
    target 454
    dist 67.97
  ]
  edge [
    source 266
    target 334
    dist 79.21
  ]
  edge [
    source 266
    target 394
    dist 129.95
  ]
  edge [
    source 266
    target 490
    dist 105.84
  ]
  edge [
    source 267
    target 305
    dist 198.92
  ]
  edge [
    source 267
    target 312
    dist 200.14
  ]
  edge [
    source 267
    target 337
    dist 53.22
  ]
  edge [
    source 267
    target 470
    dist 191.06
  ]
  edge [
    source 268
    target 286
    dist 64.96
  ]
  edge [
    source 270
    target 354
    dist 109.98
  ]
  edge [
    source 270
    target 375
    dist 85.54
  ]
  edge [
    source 270
    target 473
    dist 127.26
  ]
  edge [
    source 270
    target 497
    dist 38.74
  ]
  edge [
    source 271
    target 377
    dist 91.49
  ]
  edge [
    source 271
    target 433
    dist 168.53
  ]
  edge [
    source 271
    target 443
    dist 78.71
  ]
  edge [
    source 272
    target 391
    dist 42.29
  ]
  edge [
    source 272
    target 444
    dist 42.05
  ]
  edge [
    source 273
    target 447
    dist 49.63
  ]
  edge [
    source 274
    target 287
    dist 132.49
  ]
  edge [
    source 274
    target 340
    dist 139.74
  ]
  edge [
    source 274
    target 417
    dist 119.52
  ]
  edge [
    source 274
    target 483
    dist 136.2
  ]
  edge [
    source 275
    target 377
    dist 56.48
  ]
  edge [
    source 275
    target 495
    dist 140.57
  ]
  edge [
    source 276
    target 303
    dist 150.87
  ]
  edge [
    source 277
    target 278
    dist 167.34
  ]
  edge [
    source 277
    target 313
    dist 82.08
  ]
  edge [
    source 277
    target 383
    dist 113.48
  ]
  edge [
    source 277
    target 427
    dist 116.87
  ]
  edge [
    source 278
    target 346
    dist 197.38
  ]
  edge [
    source 278
    target 421
    dist 112.45
  ]
  edge [
    source 278
    target 422
    dist 131.64
  ]
  edge [
    source 278
    target 427
    dist 140.09
  ]
  edge [
    source 279
    target 324
    dist 84.77
  ]
  edge [
    source 279
    target 333
    dist 60.72
  ]
  edge [
    source 280
    target 315
    dist 53.7
  ]
  edge [
    source 280
    target 350
    dist 52.44
  ]
  edge [
    source 282
    target 308
    dist 38.19
  ]
  edge [
    source 283
    target 309
    dist 43.84
  ]
  edge [
    source 284
    target 347
    dist 102.02
  ]
  edge [
    source 284
    target 363
    dist 175.41
  ]
  edge [
    source 284
    target 480
    dist 96.58
  ]
  edge [
    source 285
    target 357
    dist 37.51
  ]
  edge [
    source 286
    target 361
    dist 62.29
  ]
  edge [
    source 286
    target 378
    dist 102.31
  ]
  edge [
    source 288
    target 413
    dist 164.13
  ]
  edge [
    source 289
    target 343
    dist 160.82
  ]
  edge [
    source 289
    target 353
    dist 97.75
  ]
  edge [
    source 289
    target 481
    dist 82.6
  ]
  edge [
    source 290
    target 337
    dist 72.5
  ]
  edge [
    source 290
    target 418
    dist 83.6
  ]
  edge [
    source 290
    target 493
    dist 79.76
  ]
  edge [
    source 291
    target 430
    dist 146.29
  ]
  edge [
    source 292
    target 322
    dist 132.9
  ]
  edge [
    source 292
    target 342
    dist 62.25
  ]
  edge [
    source 293
    target 313
    dist 45.5
  ]
  edge [
    source 294
    target 374
    dist 146.85
  ]
  edge [
    source 295
    target 300
    dist 102.3
  ]
  edge [
    source 296
    target 356
    dist 79.61
  ]
  edge [
    source 296
    target 428
    dist 92.41
  ]
  edge [
    source 297
    target 366
    dist 132.38
  ]
  edge [
    source 298
    target 354
    dist 33.03
  ]
  edge [
    source 298
    target 480
    dist 143.98
  ]
  edge [
    source 300
    target 492
    dist 132.99
  ]
  edge [
    source 301
    target 470
    dist 101.84
  ]
  edge [
    source 301
    target 499
    dist 152.97
  ]
  edge [
    source 302
    target 452
    dist 42.9
  ]
  edge [
    source 302
    target 475
    dist 174.21
  ]
  edge [
    source 304
    target 395
    dist 213.86
  ]
  edge [
    source 305
    target 316
    dist 103.86
  ]
  edge [
    source 305
    target 493
    dist 188.05
  ]
  edge [
    source 306
    target 414
    dist 75.09
  ]
  edge [
    source 306
    target 477
    dist 26.74
  ]
  edge [
    source 308
    target 402
    dist 68.35
  ]
  edge [
    source 309
    target 459
    dist 86.68
  ]
  edge [
    source 310
    target 369
    dist 101.16
  ]
  edge [
    source 311
    target 329
    dist 138.97
  ]
  edge [
    source 311
    target 366
    dist 154.18
  ]
  edge [
    source 313
    target 346
    dist 73.82
  ]
  edge [
    source 314
    target 318
    dist 45.7
  ]
  edge [
    source 314
    target 336
    dist 69.44
  ]
  edge [
    source 315
    target 325
    dist 149.94
  ]
  edge [
    source 315
    target 404
    dist 133.74
  ]
  edge [
    source 316
    target 424
    dist 148.23
  ]
  edge [
    source 316
    target 438
    dist 171.32
  ]
  edge [
    source 317
    target 363
    dist 72.66
  ]
  edge [
    source 317
    target 368
    dist 35.89
  ]
  edge [
    source 318
    target 431
    dist 40.53
  ]
  edge [
    source 319
    target 495
    dist 45.36
  ]
  edge [
    source 320
    target 352
    dist 32.74
  ]
  edge [
    source 321
    target 453
    dist 44.61
  ]
  edge [
    source 321
    target 463
    dist 138.61
  ]
  edge [
    source 322
    target 342
    dist 126.4
  ]
  edge [
    source 322
    target 364
    dist 134.48
  ]
  edge [
    source 323
    target 498
    dist 85.88
  ]
  edge [
    source 324
    target 333
    dist 69.7
  ]
  edge [
    source 324
    target 397
    dist 28.41
  ]
  edge [
    source 324
    target 473
    dist 116.61
  ]
  edge [
    source 325
    target 350
    dist 170.12
  ]
  edge [
    source 325
    target 384
    dist 79.72
  ]
  edge [
    source 325
    target 487
    dist 172.03
  ]
  edge [
    source 326
    target 361
    dist 221.95
  ]
  edge [
    source 326
    target 378
    dist 210.58
  ]
  edge [
    source 327
    target 373
    dist 83.36
  ]
  edge [
    source 327
    target 499
    dist 194.9
  ]
  edge [
    source 329
    target 356
    dist 125.82
  ]
  edge [
    source 329
    target 498
    dist 58.06
  ]
  edge [
    source 330
    target 414
    dist 183.37
  ]
  edge [
    source 330
    target 420
    dist 124.46
  ]
  edge [
    source 330
    target 450
    dist 95.16
  ]
  edge [
    source 331
    target 401
    dist 105.33
  ]
  edge [
    source 332
    target 365
    dist 44.81
  ]
  edge [
    source 332
    target 486
    dist 94.3
  ]
  edge [
    source 333
    target 455
    dist 56.09
  ]
  edge [
    source 334
    target 339
    dist 70.9
  ]
  edge [
    source 334
    target 497
    dist 31.88
  ]
  edge [
    source 335
    target 462
    dist 92.0
  ]
  edge [
    source 336
    target 430
    dist 45.69
  ]
  edge [
    source 336
    target 431
    dist 40.61
  ]
  edge [
    source 336
    target 445
    dist 246.52
  ]
  edge [
    source 337
    target 493
    dist 50.93
  ]
  edge [
    source 338
    target 357
    dist 42.88
  ]
  edge [
    source 338
    target 423
    dist 53.95
  ]
  edge [
    source 340
    target 482
    dist 100.6
  ]
  edge [
    source 340
    target 483
    dist 33.7
  ]
  edge [
    source 341
    target 386
    dist 162.42
  ]
  edge [
    source 341
    target 401
    dist 35.85
  ]
  edge [
    source 341
    target 485
    dist 40.58
  ]
  edge [
    source 342
    target 393
    dist 84.18
  ]
  edge [
    source 343
    target 481
    dist 143.25
  ]
  edge [
    source 344
    target 360
    dist 34.21
  ]
  edge [
    source 344
    target 367
    dist 87.4
  ]
  edge [
    source 345
    target 397
    dist 83.76
  ]
  edge [
    source 345
    target 480
    dist 142.79
  ]
  edge [
    source 346
    target 417
    dist 85.53
  ]
  edge [
    source 349
    target 358
    dist 53.83
  ]
  edge [
    source 350
    target 384
    dist 162.72
  ]
  edge [
    source 351
    target 460
    dist 168.54
  ]
  edge [
    source 354
    target 473
    dist 90.41
  ]
  edge [
    source 355
    target 409
    dist 128.39
  ]
  edge [
    source 358
    target 465
    dist 97.82
  ]
  edge [
    source 359
    target 453
    dist 73.93
  ]
  edge [
    source 362
    target 375
    dist 164.95
  ]
  edge [
    source 362
    target 456
    dist 79.66
  ]
  edge [
    source 362
    target 480
    dist 164.85
  ]
  edge [
    source 364
    target 408
    dist 32.65
  ]
  edge [
    source 365
    target 479
    dist 68.12
  ]
  edge [
    source 367
    target 383
    dist 155.76
  ]
  edge [
    source 368
    target 466
    dist 69.71
  ]
  edge [
    source 370
    target 394
    dist 173.16
  ]
  edge [
    source 370
    target 446
    dist 80.35
  ]
  edge [
    source 371
    target 447
    dist 160.66
  ]
  edge [
    source 372
    target 425
    dist 122.34
  ]
  edge [
    source 372
    target 466
    dist 103.97
  ]
  edge [
    source 372
    target 478
    dist 85.34
  ]
  edge [
    source 373
    target 474
    dist 147.23
  ]
  edge [
    source 374
    target 435
    dist 52.32
  ]
  edge [
    source 376
    target 380
    dist 141.86
  ]
  edge [
    source 376
    target 390
    dist 79.28
  ]
  edge [
    source 376
    target 436
    dist 138.72
  ]
  edge [
    source 376
    target 457
    dist 36.93
  ]
  edge [
    source 377
    target 381
    dist 170.79
  ]
  edge [
    source 377
    target 433
    dist 178.36
  ]
  edge [
    source 378
    target 393
    dist 106.04
  ]
  edge [
    source 379
    target 388
    dist 163.57
  ]
  edge [
    source 380
    target 410
    dist 116.38
  ]
  edge [
    source 380
    target 436
    dist 53.7
  ]
  edge [
    source 380
    target 492
    dist 92.67
  ]
  edge [
    source 381
    target 433
    dist 105.67
  ]
  edge [
    source 382
    target 429
    dist 210.13
  ]
  edge [
    source 383
    target 427
    dist 36.41
  ]
  edge [
    source 388
    target 464
    dist 175.76
  ]
  edge [
    source 390
    target 413
    dist 64.52
  ]
  edge [
    source 390
    target 416
    dist 80.97
  ]
  edge [
    source 391
    target 437
    dist 80.22
  ]
  edge [
    source 391
    target 444
    dist 53.92
  ]
  edge [
    source 393
    target 412
    dist 92.75
  ]
  edge [
    source 394
    target 490
    dist 101.53
  ]
  edge [
    source 395
    target 464
    dist 55.41
  ]
  edge [
    source 396
    target 473
    dist 71.91
  ]
  edge [
    source 398
    target 407
    dist 142.58
  ]
  edge [
    source 399
    target 433
    dist 133.06
  ]
  edge [
    source 400
    target 408
    dist 152.65
  ]
  edge [
    source 400
    target 415
    dist 168.83
  ]
  edge [
    source 401
    target 485
    dist 30.61
  ]
  edge [
    source 409
    target 419
    dist 29.54
  ]
  edge [
    source 409
    target 488
    dist 84.09
  ]
  edge [
    source 414
    target 448
    dist 52.76
  ]
  edge [
    source 416
    target 436
    dist 68.88
  ]
  edge [
    source 416
    target 484
    dist 28.98
  ]
  edge [
    source 418
    target 474
    dist 110.71
  ]
  edge [
    source 418
    target 493
    dist 65.65
  ]
  edge [
    source 419
    target 494
    dist 98.7
  ]
  edge [
    source 420
    target 450
    dist 90.45
  ]
  edge [
    source 421
    target 422
    dist 111.07
  ]
  edge [
    source 421
    target 475
    dist 164.59
  ]
  edge [
    source 421
    target 496
    dist 127.22
  ]
  edge [
    source 422
    target 452
    dist 257.25
  ]
  edge [
    source 422
    target 475
    dist 198.31
  ]
  edge [
    source 423
    target 488
    dist 74.28
  ]
  edge [
    source 423
    target 494
    dist 96.5
  ]
  edge [
    source 424
    target 438
    dist 89.65
  ]
  edge [
    source 425
    target 466
    dist 95.8
  ]
  edge [
    source 425
    target 478
    dist 132.6
  ]
  edge [
    source 426
    target 458
    dist 108.33
  ]
  edge [
    source 428
    target 489
    dist 87.78
  ]
  edge [
    source 429
    target 471
    dist 94.79
  ]
  edge [
    source 430
    target 431
    dist 44.06
  ]
  edge [
    source 432
    target 478
    dist 79.29
  ]
  edge [
    source 434
    target 479
    dist 130.42
  ]
  edge [
    source 438
    target 476
    dist 115.51
  ]
  edge [
    source 439
    target 456
    dist 70.55
  ]
  edge [
    source 441
    target 455
    dist 69.21
  ]
  edge [
    source 446
    target 462
    dist 45.49
  ]
  edge [
    source 447
    target 469
    dist 106.94
  ]
  edge [
    source 453
    target 463
    dist 138.44
  ]
  edge [
    source 457
    target 492
    dist 122.03
  ]
  edge [
    source 466
    target 472
    dist 62.18
  ]
  edge [
    source 470
    target 499
    dist 146.49
  ]
  edge [
    source 475
    target 496
    dist 186.92
  ]
  edge [
    source 477
    target 481
    dist 45.75
  ]
  edge [
    source 479
    target 486
    dist 118.43
  ]
  edge [
    source 482
    target 483
    dist 99.56
  ]
  edge [
    source 488
    target 494
    dist 119.4
  ]
]