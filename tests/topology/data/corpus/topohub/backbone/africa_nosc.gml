graph [
  name "africa_nosc"
  directed 0
  stats [
    nodes 136
    links 164
    demands 5256
    min_degree 1
    avg_degree 2.41
    std_degree 0.82
    max_degree 5
    gini 0.17
    min_link_len 4.07
    avg_link_len 334.82
    max_link_len 2458.79
    diameter_len 10836.43
    diameter_hops 30
    avg_sdp_num 1.02
    max_sdp_num 2
    avg_sdp_hops 10.19
    avg_sdp_len 3873.14
    avg_adp_num 1.66
    max_adp_num 4
    avg_adp_hops 14.3
    avg_adp_len 5810.99
  ]
  node [
    id 1869
    label "Nyali"
    type "Seacable Landing Point"
    lon 39.7
    lat -4.05
  ]
  node [
    id 1866
    label "Darnah"
    type "Seacable Landing Point"
    lon 22.64
    lat 32.76
  ]
  node [
    id 1865
    label "Kribi"
    type "Seacable Landing Point"
    lon 9.91
    lat 2.93
  ]
  node [
    id 1864
    label "Luanda"
    type "Seacable Landing Point"
    lon 13.23
    lat -8.81
  ]
  node [
    id 1862
    label "Cape Town"
    type "Seacable Landing Point"
    lon 18.42
    lat -33.92
  ]
  node [
    id 1861
    label "Limbe"
    type "Seacable Landing Point"
    lon 9.21
    lat 4.01
  ]
  node [
    id 1860
    label "Swakopmund"
    type "Seacable Landing Point"
    lon 14.53
    lat -22.68
  ]
  node [
    id 1859
    label "Yzerfontein"
    type "Seacable Landing Point"
    lon 18.16
    lat -33.35
  ]
  node [
    id 1846
    label "Bata"
    type "Seacable Landing Point"
    lon 9.77
    lat 1.86
  ]
  node [
    id 1844
    label "Lome"
    type "Seacable Landing Point"
    lon 1.23
    lat 6.13
  ]
  node [
    id 1843
    label "Point Noire"
    type "Seacable Landing Point"
    lon 11.86
    lat -4.78
  ]
  node [
    id 1842
    label "Muanda"
    type "Seacable Landing Point"
    lon 12.35
    lat -5.93
  ]
  node [
    id 1841
    label "Monrovia"
    type "Seacable Landing Point"
    lon -10.8
    lat 6.3
  ]
  node [
    id 1840
    label "Freetown"
    type "Seacable Landing Point"
    lon -13.24
    lat 8.49
  ]
  node [
    id 1839
    label "Conakry"
    type "Seacable Landing Point"
    lon -13.7
    lat 9.51
  ]
  node [
    id 1838
    label "Banjul"
    type "Seacable Landing Point"
    lon -16.58
    lat 13.46
  ]
  node [
    id 1837
    label "Nouakchott"
    type "Seacable Landing Point"
    lon -15.98
    lat 18.08
  ]
  node [
    id 1778
    label "Abu Talat"
    type "Seacable Landing Point"
    lon 29.7
    lat 31.07
  ]
  node [
    id 1750
    label "Kelibia"
    type "Seacable Landing Point"
    lon 11.09
    lat 36.85
  ]
  node [
    id 1723
    label "Oran"
    type "Seacable Landing Point"
    lon -0.64
    lat 35.7
  ]
  node [
    id 1717
    label "Asilah"
    type "Seacable Landing Point"
    lon -6.04
    lat 35.47
  ]
  node [
    id 1707
    label "Algiers"
    type "Seacable Landing Point"
    lon 3.03
    lat 36.77
  ]
  node [
    id 1694
    label "Annaba"
    type "Seacable Landing Point"
    lon 7.76
    lat 36.9
  ]
  node [
    id 1668
    label "Maputo"
    type "Seacable Landing Point"
    lon 32.58
    lat -25.97
  ]
  node [
    id 1667
    label "Dar Es Salaam"
    type "Seacable Landing Point"
    lon 39.27
    lat -6.82
  ]
  node [
    id 1665
    label "Port Sudan"
    type "Seacable Landing Point"
    lon 37.22
    lat 19.62
  ]
  node [
    id 1655
    label "El Djemila"
    type "Seacable Landing Point"
    lon 5.73
    lat 36.31
  ]
  node [
    id 1644
    label "Tétouan"
    type "Seacable Landing Point"
    lon -5.39
    lat 35.57
  ]
  node [
    id 1617
    label "Abidjan"
    type "Seacable Landing Point"
    lon -4.03
    lat 5.32
  ]
  node [
    id 1616
    label "Douala"
    type "Seacable Landing Point"
    lon 9.71
    lat 4.05
  ]
  node [
    id 1615
    label "Melkbosstrand"
    type "Seacable Landing Point"
    lon 18.45
    lat -33.73
  ]
  node [
    id 1614
    label "Cacuaco"
    type "Seacable Landing Point"
    lon 13.37
    lat -8.78
  ]
  node [
    id 1613
    label "Lagos"
    type "Seacable Landing Point"
    lon 3.42
    lat 6.44
  ]
  node [
    id 1612
    label "Cotonou"
    type "Seacable Landing Point"
    lon 2.44
    lat 6.36
  ]
  node [
    id 1611
    label "Accra"
    type "Seacable Landing Point"
    lon -0.2
    lat 5.56
  ]
  node [
    id 1532
    label "Dakar"
    type "Seacable Landing Point"
    lon -17.45
    lat 14.69
  ]
  node [
    id 1517
    label "Djibouti City"
    type "Seacable Landing Point"
    lon 43.15
    lat 11.59
  ]
  node [
    id 1488
    label "Alexandria"
    type "Seacable Landing Point"
    lon 29.89
    lat 31.19
  ]
  node [
    id 1444
    label "Malabo"
    type "Seacable Landing Point"
    lon 8.78
    lat 3.75
  ]
  node [
    id 1433
    label "Mtunzini"
    type "Seacable Landing Point"
    lon 31.76
    lat -28.95
  ]
  node [
    id 1406
    label "Bonny"
    type "Seacable Landing Point"
    lon 7.17
    lat 4.43
  ]
  node [
    id 1395
    label "Casablanca"
    type "Seacable Landing Point"
    lon -7.61
    lat 33.59
  ]
  node [
    id 1367
    label "East London"
    type "Seacable Landing Point"
    lon 27.87
    lat -32.98
  ]
  node [
    id 1351
    label "Zwara"
    type "Seacable Landing Point"
    lon 12.08
    lat 32.93
  ]
  node [
    id 1350
    label "Zawia"
    type "Seacable Landing Point"
    lon 12.53
    lat 32.77
  ]
  node [
    id 1349
    label "Al Khoms"
    type "Seacable Landing Point"
    lon 14.26
    lat 32.65
  ]
  node [
    id 1348
    label "Misurata"
    type "Seacable Landing Point"
    lon 15.09
    lat 32.37
  ]
  node [
    id 1347
    label "Sirt"
    type "Seacable Landing Point"
    lon 16.59
    lat 31.21
  ]
  node [
    id 1346
    label "Ras Lanuf"
    type "Seacable Landing Point"
    lon 18.41
    lat 30.59
  ]
  node [
    id 1345
    label "Al Brega"
    type "Seacable Landing Point"
    lon 19.58
    lat 30.38
  ]
  node [
    id 1344
    label "Benghazi"
    type "Seacable Landing Point"
    lon 20.07
    lat 32.12
  ]
  node [
    id 1343
    label "Tolmeta"
    type "Seacable Landing Point"
    lon 20.95
    lat 32.72
  ]
  node [
    id 1342
    label "Al Baida"
    type "Seacable Landing Point"
    lon 21.74
    lat 32.88
  ]
  node [
    id 1341
    label "Tobrok"
    type "Seacable Landing Point"
    lon 23.96
    lat 32.08
  ]
  node [
    id 1334
    label "Port Gentil"
    type "Seacable Landing Point"
    lon 8.78
    lat -0.72
  ]
  node [
    id 1317
    label "Cabinda"
    type "Seacable Landing Point"
    lon 12.19
    lat -5.56
  ]
  node [
    id 1316
    label "Soyo"
    type "Seacable Landing Point"
    lon 12.35
    lat -6.14
  ]
  node [
    id 1315
    label "N'zeto"
    type "Seacable Landing Point"
    lon 12.87
    lat -7.23
  ]
  node [
    id 1314
    label "Porto Amboim"
    type "Seacable Landing Point"
    lon 13.78
    lat -10.7
  ]
  node [
    id 1313
    label "Benguela"
    type "Seacable Landing Point"
    lon 13.41
    lat -12.58
  ]
  node [
    id 1312
    label "Lucira"
    type "Seacable Landing Point"
    lon 12.53
    lat -13.87
  ]
  node [
    id 1311
    label "Namibe"
    type "Seacable Landing Point"
    lon 12.16
    lat -15.19
  ]
  node [
    id 1261
    label "El-Quawef"
    type "Seacable Landing Point"
    lon 25.09
    lat 31.76
  ]
  node [
    id 1249
    label "Harare"
    type "City"
    lon 31.05
    lat -17.83
  ]
  node [
    id 1248
    label "Bulawayo"
    type "City"
    lon 28.58
    lat -20.15
  ]
  node [
    id 1247
    label "Mufulira"
    type "City"
    lon 28.24
    lat -12.55
  ]
  node [
    id 1246
    label "Livingstone"
    type "City"
    lon 25.85
    lat -17.84
  ]
  node [
    id 998
    label "Bizerte"
    type "City"
    lon 9.87
    lat 37.27
  ]
  node [
    id 993
    label "Moshi"
    type "City"
    lon 37.33
    lat -3.35
  ]
  node [
    id 981
    label "Kosti"
    type "City"
    lon 32.66
    lat 13.16
  ]
  node [
    id 951
    label "Malakal"
    type "City"
    lon 31.66
    lat 9.53
  ]
  node [
    id 941
    label "Soweto"
    type "City"
    lon 27.86
    lat -26.27
  ]
  node [
    id 939
    label "Vanderbijlpark"
    type "City"
    lon 27.84
    lat -26.71
  ]
  node [
    id 937
    label "Richards Bay"
    type "City"
    lon 32.04
    lat -28.78
  ]
  node [
    id 936
    label "Port Elizabeth"
    type "City"
    lon 25.57
    lat -33.92
  ]
  node [
    id 935
    label "Newcastle"
    type "City"
    lon 29.93
    lat -27.76
  ]
  node [
    id 934
    label "Midrand"
    type "City"
    lon 28.13
    lat -25.99
  ]
  node [
    id 933
    label "Kroonstad"
    type "City"
    lon 27.23
    lat -27.65
  ]
  node [
    id 932
    label "Carletonville"
    type "City"
    lon 27.4
    lat -26.36
  ]
  node [
    id 931
    label "Bloemfontein"
    type "City"
    lon 26.21
    lat -29.12
  ]
  node [
    id 930
    label "Bhisho"
    type "City"
    lon 27.44
    lat -32.85
  ]
  node [
    id 929
    label "Bethal"
    type "City"
    lon 29.47
    lat -26.46
  ]
  node [
    id 768
    label "Effon Alaiye"
    type "City"
    lon 4.92
    lat 7.65
  ]
  node [
    id 750
    label "Uromi"
    type "City"
    lon 6.33
    lat 6.7
  ]
  node [
    id 749
    label "Sapele"
    type "City"
    lon 5.68
    lat 5.89
  ]
  node [
    id 748
    label "Owo"
    type "City"
    lon 5.59
    lat 7.2
  ]
  node [
    id 747
    label "Owerri"
    type "City"
    lon 7.03
    lat 5.48
  ]
  node [
    id 746
    label "Nkpor"
    type "City"
    lon 6.84
    lat 6.15
  ]
  node [
    id 745
    label "Makurdi"
    type "City"
    lon 8.51
    lat 7.74
  ]
  node [
    id 744
    label "Lafia"
    type "City"
    lon 8.52
    lat 8.48
  ]
  node [
    id 743
    label "Kishi"
    type "City"
    lon 3.85
    lat 9.08
  ]
  node [
    id 742
    label "Jalingo"
    type "City"
    lon 11.37
    lat 8.88
  ]
  node [
    id 741
    label "Iwo"
    type "City"
    lon 4.18
    lat 7.63
  ]
  node [
    id 740
    label "Ise-Ekiti"
    type "City"
    lon 5.43
    lat 7.46
  ]
  node [
    id 739
    label "Ilobu"
    type "City"
    lon 4.48
    lat 7.83
  ]
  node [
    id 738
    label "Ila Orangun"
    type "City"
    lon 4.9
    lat 8.02
  ]
  node [
    id 737
    label "Ikeja"
    type "City"
    lon 3.34
    lat 6.59
  ]
  node [
    id 736
    label "Ibadan"
    type "City"
    lon 3.9
    lat 7.39
  ]
  node [
    id 735
    label "Gusau"
    type "City"
    lon 6.66
    lat 12.16
  ]
  node [
    id 734
    label "Gashua"
    type "City"
    lon 11.05
    lat 12.87
  ]
  node [
    id 733
    label "Esuk Oron"
    type "City"
    lon 8.25
    lat 4.8
  ]
  node [
    id 731
    label "Birnin Kebbi"
    type "City"
    lon 4.2
    lat 12.45
  ]
  node [
    id 730
    label "Abeokuta"
    type "City"
    lon 3.35
    lat 7.15
  ]
  node [
    id 729
    label "Aba"
    type "City"
    lon 7.37
    lat 5.11
  ]
  node [
    id 712
    label "Taza"
    type "City"
    lon -4.01
    lat 34.21
  ]
  node [
    id 711
    label "Oujda"
    type "City"
    lon -1.91
    lat 34.68
  ]
  node [
    id 710
    label "Nador"
    type "City"
    lon -2.93
    lat 35.17
  ]
  node [
    id 709
    label "Mohammedia"
    type "City"
    lon -7.38
    lat 33.69
  ]
  node [
    id 708
    label "Meknès"
    type "City"
    lon -5.55
    lat 33.89
  ]
  node [
    id 707
    label "Marrakesh"
    type "City"
    lon -8.0
    lat 31.63
  ]
  node [
    id 706
    label "Khemisset"
    type "City"
    lon -6.07
    lat 33.82
  ]
  node [
    id 705
    label "Fès"
    type "City"
    lon -5.0
    lat 34.04
  ]
  node [
    id 704
    label "El Jadida"
    type "City"
    lon -8.51
    lat 33.25
  ]
  node [
    id 703
    label "Beni Mellal"
    type "City"
    lon -6.35
    lat 32.34
  ]
  node [
    id 702
    label "Al Hoceïma"
    type "City"
    lon -3.94
    lat 35.25
  ]
  node [
    id 644
    label "Tripoli"
    type "City"
    lon 13.19
    lat 32.88
  ]
  node [
    id 643
    label "Benghazi"
    type "City"
    lon 20.13
    lat 32.12
  ]
  node [
    id 636
    label "Nakuru"
    type "City"
    lon 36.07
    lat -0.28
  ]
  node [
    id 635
    label "Mombasa"
    type "City"
    lon 39.66
    lat -4.05
  ]
  node [
    id 634
    label "Malindi"
    type "City"
    lon 40.12
    lat -3.22
  ]
  node [
    id 565
    label "Gagnoa"
    type "City"
    lon -5.95
    lat 6.13
  ]
  node [
    id 449
    label "Kankan"
    type "City"
    lon -9.31
    lat 10.39
  ]
  node [
    id 402
    label "Libreville"
    type "City"
    lon 9.45
    lat 0.39
  ]
  node [
    id 360
    label "Ḩalwān"
    type "City"
    lon 31.3
    lat 29.84
  ]
  node [
    id 359
    label "Zagazig"
    type "City"
    lon 31.5
    lat 30.59
  ]
  node [
    id 356
    label "Kafr ad Dawwār"
    type "City"
    lon 30.13
    lat 31.13
  ]
  node [
    id 355
    label "Asyūţ"
    type "City"
    lon 31.18
    lat 27.18
  ]
  node [
    id 353
    label "Al Minyā"
    type "City"
    lon 30.75
    lat 28.11
  ]
  node [
    id 350
    label "Al Fayyūm"
    type "City"
    lon 30.84
    lat 29.31
  ]
  node [
    id 138
    label "Bafoussam"
    type "City"
    lon 10.42
    lat 5.48
  ]
  node [
    id 7
    label "N’dalatando"
    type "City"
    lon 14.91
    lat -9.3
  ]
  node [
    id 6
    label "Huambo"
    type "City"
    lon 15.74
    lat -12.78
  ]
  node [
    id 5
    label "Mascara"
    type "City"
    lon 0.14
    lat 35.4
  ]
  node [
    id 4
    label "Khenchela"
    type "City"
    lon 7.14
    lat 35.44
  ]
  node [
    id 3
    label "El Eulma"
    type "City"
    lon 5.69
    lat 36.15
  ]
  node [
    id 2
    label "Constantine"
    type "City"
    lon 6.61
    lat 36.37
  ]
  edge [
    source 1869
    target 634
    type "normal"
    dist 103.48
  ]
  edge [
    source 1869
    target 635
    type "normal"
    dist 4.07
  ]
  edge [
    source 1866
    target 1342
    type "normal"
    dist 84.89
  ]
  edge [
    source 1866
    target 1341
    type "normal"
    dist 145.47
  ]
  edge [
    source 1865
    target 1444
    type "normal"
    dist 154.61
  ]
  edge [
    source 1865
    target 1846
    type "normal"
    dist 120.33
  ]
  edge [
    source 1865
    target 1616
    type "normal"
    dist 125.96
  ]
  edge [
    source 1864
    target 1614
    type "normal"
    dist 15.62
  ]
  edge [
    source 1862
    target 1615
    type "normal"
    dist 21.44
  ]
  edge [
    source 1861
    target 1616
    type "normal"
    dist 55.34
  ]
  edge [
    source 1861
    target 733
    type "normal"
    dist 137.46
  ]
  edge [
    source 1860
    target 1246
    type "normal"
    dist 1297.46
  ]
  edge [
    source 1860
    target 1311
    type "normal"
    dist 869.48
  ]
  edge [
    source 1860
    target 932
    type "normal"
    dist 1364.06
  ]
  edge [
    source 1860
    target 931
    type "normal"
    dist 1369.74
  ]
  edge [
    source 1859
    target 1615
    type "normal"
    dist 50.0
  ]
  edge [
    source 1846
    target 402
    type "normal"
    dist 166.9
  ]
  edge [
    source 1844
    target 1612
    type "normal"
    dist 136.41
  ]
  edge [
    source 1844
    target 1611
    type "normal"
    dist 170.2
  ]
  edge [
    source 1843
    target 1334
    type "normal"
    dist 566.34
  ]
  edge [
    source 1843
    target 1317
    type "normal"
    dist 93.7
  ]
  edge [
    source 1842
    target 1316
    type "normal"
    dist 23.09
  ]
  edge [
    source 1842
    target 1317
    type "normal"
    dist 45.48
  ]
  edge [
    source 1841
    target 565
    type "normal"
    dist 536.07
  ]
  edge [
    source 1841
    target 1840
    type "normal"
    dist 362.6
  ]
  edge [
    source 1841
    target 449
    type "normal"
    dist 482.98
  ]
  edge [
    source 1840
    target 449
    type "normal"
    dist 480.29
  ]
  edge [
    source 1840
    target 1839
    type "normal"
    dist 125.25
  ]
  edge [
    source 1839
    target 1838
    type "normal"
    dist 538.93
  ]
  edge [
    source 1839
    target 449
    type "normal"
    dist 491.35
  ]
  edge [
    source 1838
    target 1532
    type "normal"
    dist 165.97
  ]
  edge [
    source 1837
    target 1532
    type "normal"
    dist 409.14
  ]
  edge [
    source 1778
    target 1488
    type "normal"
    dist 22.27
  ]
  edge [
    source 1778
    target 1261
    type "normal"
    dist 444.57
  ]
  edge [
    source 1750
    target 998
    type "normal"
    dist 117.8
  ]
  edge [
    source 1723
    target 5
    type "normal"
    dist 78.47
  ]
  edge [
    source 1723
    target 711
    type "normal"
    dist 161.61
  ]
  edge [
    source 1717
    target 708
    type "normal"
    dist 180.98
  ]
  edge [
    source 1717
    target 1644
    type "normal"
    dist 59.23
  ]
  edge [
    source 1717
    target 706
    type "normal"
    dist 183.13
  ]
  edge [
    source 1707
    target 1655
    type "normal"
    dist 246.6
  ]
  edge [
    source 1707
    target 5
    type "normal"
    dist 301.12
  ]
  edge [
    source 1694
    target 2
    type "normal"
    dist 118.03
  ]
  edge [
    source 1694
    target 998
    type "normal"
    dist 192.4
  ]
  edge [
    source 1668
    target 929
    type "normal"
    dist 315.48
  ]
  edge [
    source 1668
    target 1248
    type "normal"
    dist 765.26
  ]
  edge [
    source 1668
    target 937
    type "normal"
    dist 317.51
  ]
  edge [
    source 1668
    target 935
    type "normal"
    dist 329.57
  ]
  edge [
    source 1667
    target 1247
    type "normal"
    dist 1365.81
  ]
  edge [
    source 1667
    target 635
    type "normal"
    dist 310.92
  ]
  edge [
    source 1665
    target 981
    type "normal"
    dist 866.44
  ]
  edge [
    source 1665
    target 355
    type "normal"
    dist 1042.21
  ]
  edge [
    source 1655
    target 3
    type "normal"
    dist 18.29
  ]
  edge [
    source 1655
    target 2
    type "normal"
    dist 79.08
  ]
  edge [
    source 1644
    target 705
    type "normal"
    dist 173.72
  ]
  edge [
    source 1617
    target 1611
    type "normal"
    dist 424.23
  ]
  edge [
    source 1617
    target 565
    type "normal"
    dist 231.11
  ]
  edge [
    source 1616
    target 138
    type "normal"
    dist 177.53
  ]
  edge [
    source 1615
    target 936
    type "normal"
    dist 658.33
  ]
  edge [
    source 1614
    target 1315
    type "normal"
    dist 180.41
  ]
  edge [
    source 1614
    target 1314
    type "normal"
    dist 218.87
  ]
  edge [
    source 1614
    target 7
    type "normal"
    dist 178.7
  ]
  edge [
    source 1613
    target 749
    type "normal"
    dist 256.38
  ]
  edge [
    source 1613
    target 737
    type "normal"
    dist 19.7
  ]
  edge [
    source 1612
    target 737
    type "normal"
    dist 102.63
  ]
  edge [
    source 1517
    target 636
    type "normal"
    dist 1534.98
  ]
  edge [
    source 1517
    target 981
    type "normal"
    dist 1151.89
  ]
  edge [
    source 1488
    target 356
    type "normal"
    dist 23.6
  ]
  edge [
    source 1444
    target 1406
    type "normal"
    dist 194.76
  ]
  edge [
    source 1433
    target 937
    type "normal"
    dist 33.01
  ]
  edge [
    source 1433
    target 935
    type "normal"
    dist 222.52
  ]
  edge [
    source 1406
    target 733
    type "normal"
    dist 127.27
  ]
  edge [
    source 1406
    target 729
    type "normal"
    dist 78.07
  ]
  edge [
    source 1395
    target 709
    type "normal"
    dist 23.82
  ]
  edge [
    source 1395
    target 704
    type "normal"
    dist 90.89
  ]
  edge [
    source 1367
    target 930
    type "normal"
    dist 42.41
  ]
  edge [
    source 1351
    target 1350
    type "normal"
    dist 45.28
  ]
  edge [
    source 1351
    target 4
    type "normal"
    dist 532.72
  ]
  edge [
    source 1350
    target 644
    type "normal"
    dist 62.46
  ]
  edge [
    source 1349
    target 644
    type "normal"
    dist 103.78
  ]
  edge [
    source 1349
    target 1348
    type "normal"
    dist 83.66
  ]
  edge [
    source 1348
    target 1347
    type "normal"
    dist 191.89
  ]
  edge [
    source 1347
    target 734
    type "normal"
    dist 2116.15
  ]
  edge [
    source 1347
    target 1346
    type "normal"
    dist 187.1
  ]
  edge [
    source 1346
    target 734
    type "normal"
    dist 2110.0
  ]
  edge [
    source 1346
    target 1345
    type "normal"
    dist 113.98
  ]
  edge [
    source 1345
    target 1341
    type "normal"
    dist 457.7
  ]
  edge [
    source 1344
    target 643
    type "normal"
    dist 5.89
  ]
  edge [
    source 1343
    target 1342
    type "normal"
    dist 76.24
  ]
  edge [
    source 1343
    target 643
    type "normal"
    dist 101.85
  ]
  edge [
    source 1341
    target 1261
    type "normal"
    dist 112.12
  ]
  edge [
    source 1334
    target 402
    type "normal"
    dist 144.6
  ]
  edge [
    source 1316
    target 1315
    type "normal"
    dist 134.11
  ]
  edge [
    source 1314
    target 6
    type "normal"
    dist 313.88
  ]
  edge [
    source 1314
    target 7
    type "normal"
    dist 199.27
  ]
  edge [
    source 1313
    target 1312
    type "normal"
    dist 171.7
  ]
  edge [
    source 1313
    target 6
    type "normal"
    dist 253.86
  ]
  edge [
    source 1312
    target 1311
    type "normal"
    dist 152.23
  ]
  edge [
    source 1261
    target 353
    type "normal"
    dist 679.94
  ]
  edge [
    source 1249
    target 1248
    type "normal"
    dist 366.22
  ]
  edge [
    source 1249
    target 1247
    type "normal"
    dist 659.88
  ]
  edge [
    source 1248
    target 1246
    type "normal"
    dist 384.94
  ]
  edge [
    source 1248
    target 934
    type "normal"
    dist 650.99
  ]
  edge [
    source 1247
    target 993
    type "normal"
    dist 1430.67
  ]
  edge [
    source 1247
    target 1246
    type "normal"
    dist 641.72
  ]
  edge [
    source 1247
    target 6
    type "normal"
    dist 1356.4
  ]
  edge [
    source 1246
    target 6
    type "normal"
    dist 1221.89
  ]
  edge [
    source 993
    target 636
    type "normal"
    dist 368.91
  ]
  edge [
    source 993
    target 635
    type "normal"
    dist 270.18
  ]
  edge [
    source 981
    target 951
    type "normal"
    dist 418.13
  ]
  edge [
    source 951
    target 742
    type "normal"
    dist 2228.35
  ]
  edge [
    source 951
    target 636
    type "normal"
    dist 1195.58
  ]
  edge [
    source 941
    target 939
    type "normal"
    dist 49.4
  ]
  edge [
    source 941
    target 934
    type "normal"
    dist 41.03
  ]
  edge [
    source 941
    target 932
    type "normal"
    dist 47.08
  ]
  edge [
    source 939
    target 929
    type "normal"
    dist 164.28
  ]
  edge [
    source 939
    target 933
    type "normal"
    dist 120.22
  ]
  edge [
    source 936
    target 930
    type "normal"
    dist 210.69
  ]
  edge [
    source 935
    target 933
    type "normal"
    dist 265.77
  ]
  edge [
    source 935
    target 929
    type "normal"
    dist 151.74
  ]
  edge [
    source 934
    target 929
    type "normal"
    dist 143.18
  ]
  edge [
    source 933
    target 931
    type "normal"
    dist 191.61
  ]
  edge [
    source 931
    target 930
    type "normal"
    dist 430.54
  ]
  edge [
    source 768
    target 738
    type "normal"
    dist 40.81
  ]
  edge [
    source 768
    target 740
    type "normal"
    dist 60.08
  ]
  edge [
    source 750
    target 748
    type "normal"
    dist 99.17
  ]
  edge [
    source 750
    target 749
    type "normal"
    dist 115.32
  ]
  edge [
    source 750
    target 746
    type "normal"
    dist 83.12
  ]
  edge [
    source 748
    target 740
    type "normal"
    dist 34.46
  ]
  edge [
    source 747
    target 746
    type "normal"
    dist 77.1
  ]
  edge [
    source 747
    target 729
    type "normal"
    dist 56.05
  ]
  edge [
    source 745
    target 138
    type "normal"
    dist 328.07
  ]
  edge [
    source 745
    target 744
    type "normal"
    dist 82.53
  ]
  edge [
    source 744
    target 742
    type "normal"
    dist 316.41
  ]
  edge [
    source 744
    target 735
    type "normal"
    dist 456.7
  ]
  edge [
    source 743
    target 739
    type "normal"
    dist 155.47
  ]
  edge [
    source 743
    target 731
    type "normal"
    dist 376.71
  ]
  edge [
    source 742
    target 138
    type "normal"
    dist 392.89
  ]
  edge [
    source 742
    target 734
    type "normal"
    dist 444.77
  ]
  edge [
    source 741
    target 736
    type "normal"
    dist 41.79
  ]
  edge [
    source 741
    target 739
    type "normal"
    dist 39.84
  ]
  edge [
    source 737
    target 730
    type "normal"
    dist 61.82
  ]
  edge [
    source 736
    target 730
    type "normal"
    dist 65.81
  ]
  edge [
    source 735
    target 734
    type "normal"
    dist 482.66
  ]
  edge [
    source 735
    target 731
    type "normal"
    dist 269.62
  ]
  edge [
    source 733
    target 729
    type "normal"
    dist 103.87
  ]
  edge [
    source 733
    target 138
    type "normal"
    dist 251.15
  ]
  edge [
    source 731
    target 703
    type "normal"
    dist 2458.79
  ]
  edge [
    source 712
    target 705
    type "normal"
    dist 93.12
  ]
  edge [
    source 712
    target 702
    type "normal"
    dist 116.02
  ]
  edge [
    source 711
    target 710
    type "normal"
    dist 108.11
  ]
  edge [
    source 710
    target 702
    type "normal"
    dist 91.66
  ]
  edge [
    source 709
    target 706
    type "normal"
    dist 122.69
  ]
  edge [
    source 708
    target 706
    type "normal"
    dist 48.54
  ]
  edge [
    source 708
    target 705
    type "normal"
    dist 52.95
  ]
  edge [
    source 707
    target 704
    type "normal"
    dist 186.37
  ]
  edge [
    source 707
    target 703
    type "normal"
    dist 174.16
  ]
  edge [
    source 706
    target 703
    type "normal"
    dist 167.42
  ]
  edge [
    source 565
    target 449
    type "normal"
    dist 599.95
  ]
  edge [
    source 360
    target 350
    type "normal"
    dist 73.91
  ]
  edge [
    source 360
    target 359
    type "normal"
    dist 85.2
  ]
  edge [
    source 355
    target 353
    type "normal"
    dist 111.76
  ]
  edge [
    source 353
    target 350
    type "normal"
    dist 133.74
  ]
  edge [
    source 4
    target 2
    type "normal"
    dist 113.76
  ]
]