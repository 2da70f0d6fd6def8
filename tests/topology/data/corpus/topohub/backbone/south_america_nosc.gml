graph [
  name "south_america_nosc"
  directed 0
  stats [
    nodes 174
    links 217
    demands 20880
    min_degree 1
    avg_degree 2.49
    std_degree 0.89
    max_degree 6
    gini 0.18
    min_link_len 3.66
    avg_link_len 278.81
    max_link_len 1577.38
    diameter_len 9659.31
    diameter_hops 28
    avg_sdp_num 1.01
    max_sdp_num 2
    avg_sdp_hops 10.65
    avg_sdp_len 2710.0
    avg_adp_num 1.75
    max_adp_num 4
    avg_adp_hops 13.77
    avg_adp_len 4895.2
  ]
  node [
    id 1849
    label "Maldonado"
    type "Seacable Landing Point"
    lon -54.95
    lat -34.9
  ]
  node [
    id 1810
    label "Totness"
    type "Seacable Landing Point"
    lon -56.38
    lat 5.89
  ]
  node [
    id 1757
    label "Chaguaramas"
    type "Seacable Landing Point"
    lon -61.65
    lat 10.69
  ]
  node [
    id 1747
    label "Mancora"
    type "Seacable Landing Point"
    lon -81.05
    lat -4.15
  ]
  node [
    id 1654
    label "Maiquetia"
    type "Seacable Landing Point"
    lon -66.96
    lat 10.6
  ]
  node [
    id 1626
    label "Punto Fijo"
    type "Seacable Landing Point"
    lon -70.2
    lat 11.71
  ]
  node [
    id 1621
    label "Colón"
    type "Seacable Landing Point"
    lon -79.9
    lat 9.35
  ]
  node [
    id 1620
    label "Panama City"
    type "Seacable Landing Point"
    lon -79.54
    lat 8.96
  ]
  node [
    id 1602
    label "Willemstad"
    type "Seacable Landing Point"
    lon -68.9
    lat 12.1
  ]
  node [
    id 1600
    label "Tolu"
    type "Seacable Landing Point"
    lon -75.56
    lat 9.5
  ]
  node [
    id 1599
    label "Maria Chiquita"
    type "Seacable Landing Point"
    lon -79.75
    lat 9.44
  ]
  node [
    id 1598
    label "Puerto Viejo"
    type "Seacable Landing Point"
    lon -62.47
    lat 10.72
  ]
  node [
    id 1578
    label "Salvador"
    type "Seacable Landing Point"
    lon -38.5
    lat -12.97
  ]
  node [
    id 1570
    label "Cartagena"
    type "Seacable Landing Point"
    lon -75.51
    lat 10.39
  ]
  node [
    id 1569
    label "Camuri"
    type "Seacable Landing Point"
    lon -66.88
    lat 10.61
  ]
  node [
    id 1568
    label "Port of Spain"
    type "Seacable Landing Point"
    lon -61.52
    lat 10.65
  ]
  node [
    id 1566
    label "Cayenne"
    type "Seacable Landing Point"
    lon -52.32
    lat 4.94
  ]
  node [
    id 1551
    label "Punta Carnero"
    type "Seacable Landing Point"
    lon -80.91
    lat -2.27
  ]
  node [
    id 1538
    label "Riohacha"
    type "Seacable Landing Point"
    lon -72.95
    lat 11.48
  ]
  node [
    id 1480
    label "Las Toninas"
    type "Seacable Landing Point"
    lon -56.7
    lat -36.47
  ]
  node [
    id 1479
    label "Rio de Janeiro"
    type "Seacable Landing Point"
    lon -43.21
    lat -22.9
  ]
  node [
    id 1478
    label "Lurin"
    type "Seacable Landing Point"
    lon -76.87
    lat -12.28
  ]
  node [
    id 1477
    label "Fortaleza"
    type "Seacable Landing Point"
    lon -38.54
    lat -3.72
  ]
  node [
    id 1476
    label "Valparaíso"
    type "Seacable Landing Point"
    lon -71.62
    lat -33.05
  ]
  node [
    id 1407
    label "Santos"
    type "Seacable Landing Point"
    lon -46.33
    lat -23.96
  ]
  node [
    id 1360
    label "Balboa"
    type "Seacable Landing Point"
    lon -79.57
    lat 8.95
  ]
  node [
    id 1325
    label "Natal"
    type "Seacable Landing Point"
    lon -35.21
    lat -5.79
  ]
  node [
    id 1270
    label "Kralendijk"
    type "Seacable Landing Point"
    lon -68.28
    lat 12.15
  ]
  node [
    id 1269
    label "Tera Cora"
    type "Seacable Landing Point"
    lon -69.02
    lat 12.23
  ]
  node [
    id 1229
    label "Valencia"
    type "City"
    lon -68.01
    lat 10.16
  ]
  node [
    id 1228
    label "Mucumpiz"
    type "City"
    lon -71.13
    lat 8.42
  ]
  node [
    id 1227
    label "Maturín"
    type "City"
    lon -63.18
    lat 9.75
  ]
  node [
    id 1226
    label "Guanare"
    type "City"
    lon -69.74
    lat 9.04
  ]
  node [
    id 1225
    label "El Tigre"
    type "City"
    lon -64.25
    lat 8.89
  ]
  node [
    id 1224
    label "Cumaná"
    type "City"
    lon -64.18
    lat 10.46
  ]
  node [
    id 1223
    label "Ciudad Bolívar"
    type "City"
    lon -63.54
    lat 8.13
  ]
  node [
    id 1222
    label "Carúpano"
    type "City"
    lon -63.26
    lat 10.67
  ]
  node [
    id 1221
    label "Calabozo"
    type "City"
    lon -67.43
    lat 8.92
  ]
  node [
    id 1220
    label "Ocumare del Tuy"
    type "City"
    lon -66.78
    lat 10.12
  ]
  node [
    id 1219
    label "Cagua"
    type "City"
    lon -67.46
    lat 10.19
  ]
  node [
    id 1218
    label "Los Teques"
    type "City"
    lon -67.04
    lat 10.34
  ]
  node [
    id 1217
    label "Barcelona"
    type "City"
    lon -64.7
    lat 10.13
  ]
  node [
    id 1215
    label "Anaco"
    type "City"
    lon -64.47
    lat 9.44
  ]
  node [
    id 1214
    label "Acarigua"
    type "City"
    lon -69.2
    lat 9.55
  ]
  node [
    id 1212
    label "Montevideo"
    type "City"
    lon -56.19
    lat -34.9
  ]
  node [
    id 774
    label "Surco"
    type "City"
    lon -77.01
    lat -12.14
  ]
  node [
    id 773
    label "Tumbes"
    type "City"
    lon -80.45
    lat -3.57
  ]
  node [
    id 772
    label "Trujillo"
    type "City"
    lon -79.03
    lat -8.12
  ]
  node [
    id 771
    label "Puno"
    type "City"
    lon -70.02
    lat -15.84
  ]
  node [
    id 770
    label "Iquitos"
    type "City"
    lon -73.25
    lat -3.75
  ]
  node [
    id 769
    label "Chimbote"
    type "City"
    lon -78.58
    lat -9.09
  ]
  node [
    id 767
    label "Cajamarca"
    type "City"
    lon -78.5
    lat -7.16
  ]
  node [
    id 766
    label "Capiatá"
    type "City"
    lon -57.45
    lat -25.36
  ]
  node [
    id 765
    label "San Miguelito"
    type "City"
    lon -79.5
    lat 9.03
  ]
  node [
    id 450
    label "Georgetown"
    type "City"
    lon -58.16
    lat 6.8
  ]
  node [
    id 415
    label "Pereira"
    type "City"
    lon -75.7
    lat 4.81
  ]
  node [
    id 349
    label "Quevedo"
    type "City"
    lon -79.46
    lat -1.03
  ]
  node [
    id 348
    label "Portoviejo"
    type "City"
    lon -80.45
    lat -1.05
  ]
  node [
    id 347
    label "Manta"
    type "City"
    lon -80.71
    lat -0.96
  ]
  node [
    id 346
    label "Machala"
    type "City"
    lon -79.96
    lat -3.26
  ]
  node [
    id 345
    label "Loja"
    type "City"
    lon -79.2
    lat -3.99
  ]
  node [
    id 344
    label "Ibarra"
    type "City"
    lon -78.12
    lat 0.35
  ]
  node [
    id 326
    label "Villavicencio"
    type "City"
    lon -73.63
    lat 4.14
  ]
  node [
    id 325
    label "Tuluá"
    type "City"
    lon -76.2
    lat 4.08
  ]
  node [
    id 324
    label "Santa Marta"
    type "City"
    lon -74.2
    lat 11.24
  ]
  node [
    id 323
    label "Popayán"
    type "City"
    lon -76.61
    lat 2.44
  ]
  node [
    id 322
    label "Palmira"
    type "City"
    lon -76.3
    lat 3.54
  ]
  node [
    id 321
    label "Neiva"
    type "City"
    lon -75.28
    lat 2.93
  ]
  node [
    id 320
    label "Medellín"
    type "City"
    lon -75.56
    lat 6.25
  ]
  node [
    id 319
    label "Manizales"
    type "City"
    lon -75.52
    lat 5.07
  ]
  node [
    id 318
    label "Maicao"
    type "City"
    lon -72.24
    lat 11.38
  ]
  node [
    id 317
    label "Girardot"
    type "City"
    lon -74.8
    lat 4.3
  ]
  node [
    id 316
    label "Floridablanca"
    type "City"
    lon -73.09
    lat 7.06
  ]
  node [
    id 315
    label "Cúcuta"
    type "City"
    lon -72.51
    lat 7.89
  ]
  node [
    id 314
    label "Soledad"
    type "City"
    lon -74.76
    lat 10.92
  ]
  node [
    id 313
    label "Cartago"
    type "City"
    lon -75.91
    lat 4.75
  ]
  node [
    id 311
    label "Barrancabermeja"
    type "City"
    lon -73.85
    lat 7.07
  ]
  node [
    id 196
    label "Itapevi"
    type "City"
    lon -46.93
    lat -23.55
  ]
  node [
    id 176
    label "Viña del Mar"
    type "City"
    lon -71.55
    lat -33.02
  ]
  node [
    id 175
    label "Valdivia"
    type "City"
    lon -73.25
    lat -39.81
  ]
  node [
    id 174
    label "Temuco"
    type "City"
    lon -72.6
    lat -38.74
  ]
  node [
    id 173
    label "Talca"
    type "City"
    lon -71.66
    lat -35.43
  ]
  node [
    id 172
    label "Santiago"
    type "City"
    lon -70.65
    lat -33.46
  ]
  node [
    id 171
    label "Punta Arenas"
    type "City"
    lon -70.91
    lat -53.15
  ]
  node [
    id 170
    label "Puerto Montt"
    type "City"
    lon -72.94
    lat -41.47
  ]
  node [
    id 169
    label "Osorno"
    type "City"
    lon -73.13
    lat -40.57
  ]
  node [
    id 167
    label "Arica"
    type "City"
    lon -70.3
    lat -18.47
  ]
  node [
    id 166
    label "Antofagasta"
    type "City"
    lon -70.4
    lat -23.65
  ]
  node [
    id 140
    label "Vila Velha"
    type "City"
    lon -40.29
    lat -20.33
  ]
  node [
    id 131
    label "Vitória de Santo Antão"
    type "City"
    lon -35.29
    lat -8.12
  ]
  node [
    id 130
    label "Vitória da Conquista"
    type "City"
    lon -40.84
    lat -14.87
  ]
  node [
    id 129
    label "Varginha"
    type "City"
    lon -45.43
    lat -21.55
  ]
  node [
    id 128
    label "Uberlândia"
    type "City"
    lon -48.28
    lat -18.92
  ]
  node [
    id 127
    label "São Luís"
    type "City"
    lon -44.3
    lat -2.53
  ]
  node [
    id 126
    label "São José do Rio Preto"
    type "City"
    lon -49.38
    lat -20.82
  ]
  node [
    id 125
    label "São José"
    type "City"
    lon -49.16
    lat -28.21
  ]
  node [
    id 124
    label "Sobral"
    type "City"
    lon -40.35
    lat -3.69
  ]
  node [
    id 123
    label "Sete Lagoas"
    type "City"
    lon -44.25
    lat -19.47
  ]
  node [
    id 122
    label "Paulista"
    type "City"
    lon -34.87
    lat -7.94
  ]
  node [
    id 121
    label "Santarém"
    type "City"
    lon -54.71
    lat -2.44
  ]
  node [
    id 120
    label "Santa Maria"
    type "City"
    lon -53.81
    lat -29.68
  ]
  node [
    id 119
    label "Rondonópolis"
    type "City"
    lon -54.64
    lat -16.47
  ]
  node [
    id 118
    label "Poços de Caldas"
    type "City"
    lon -46.56
    lat -21.79
  ]
  node [
    id 117
    label "Pouso Alegre"
    type "City"
    lon -45.94
    lat -22.23
  ]
  node [
    id 116
    label "Porto Velho"
    type "City"
    lon -63.9
    lat -8.76
  ]
  node [
    id 115
    label "Pindamonhangaba"
    type "City"
    lon -45.46
    lat -22.92
  ]
  node [
    id 114
    label "Teresópolis"
    type "City"
    lon -42.97
    lat -22.41
  ]
  node [
    id 113
    label "Petrópolis"
    type "City"
    lon -43.18
    lat -22.5
  ]
  node [
    id 112
    label "Parnamirim"
    type "City"
    lon -35.26
    lat -5.92
  ]
  node [
    id 111
    label "Palmas"
    type "City"
    lon -48.36
    lat -10.21
  ]
  node [
    id 110
    label "Nova Friburgo"
    type "City"
    lon -42.53
    lat -22.28
  ]
  node [
    id 109
    label "Mossoró"
    type "City"
    lon -37.34
    lat -5.19
  ]
  node [
    id 108
    label "Mogi Guaçu"
    type "City"
    lon -46.94
    lat -22.37
  ]
  node [
    id 107
    label "Maceió"
    type "City"
    lon -35.74
    lat -9.67
  ]
  node [
    id 106
    label "Luziânia"
    type "City"
    lon -47.95
    lat -16.25
  ]
  node [
    id 105
    label "Londrina"
    type "City"
    lon -51.16
    lat -23.31
  ]
  node [
    id 104
    label "Juazeiro do Norte"
    type "City"
    lon -39.32
    lat -7.21
  ]
  node [
    id 103
    label "Joinville"
    type "City"
    lon -48.85
    lat -26.3
  ]
  node [
    id 102
    label "Jequié"
    type "City"
    lon -40.08
    lat -13.86
  ]
  node [
    id 101
    label "Jaú"
    type "City"
    lon -48.56
    lat -22.3
  ]
  node [
    id 100
    label "Itabuna"
    type "City"
    lon -39.28
    lat -14.79
  ]
  node [
    id 99
    label "Florianópolis"
    type "City"
    lon -48.55
    lat -27.6
  ]
  node [
    id 98
    label "Imperatriz"
    type "City"
    lon -47.49
    lat -5.53
  ]
  node [
    id 97
    label "Guaratinguetá"
    type "City"
    lon -45.19
    lat -22.82
  ]
  node [
    id 96
    label "Governador Valadares"
    type "City"
    lon -41.95
    lat -18.85
  ]
  node [
    id 95
    label "Niterói"
    type "City"
    lon -43.1
    lat -22.88
  ]
  node [
    id 94
    label "São José dos Pinhais"
    type "City"
    lon -49.21
    lat -25.53
  ]
  node [
    id 93
    label "Sumaré"
    type "City"
    lon -47.27
    lat -22.82
  ]
  node [
    id 92
    label "Itu"
    type "City"
    lon -47.3
    lat -23.26
  ]
  node [
    id 90
    label "Várzea Paulista"
    type "City"
    lon -46.83
    lat -23.21
  ]
  node [
    id 89
    label "São Paulo"
    type "City"
    lon -46.64
    lat -23.55
  ]
  node [
    id 88
    label "Ribeirão das Neves"
    type "City"
    lon -44.09
    lat -19.77
  ]
  node [
    id 87
    label "Criciúma"
    type "City"
    lon -49.37
    lat -28.68
  ]
  node [
    id 86
    label "Coronel Fabriciano"
    type "City"
    lon -42.63
    lat -19.52
  ]
  node [
    id 85
    label "Camaçari"
    type "City"
    lon -38.32
    lat -12.7
  ]
  node [
    id 84
    label "Conselheiro Lafaiete"
    type "City"
    lon -43.79
    lat -20.66
  ]
  node [
    id 83
    label "Colatina"
    type "City"
    lon -40.63
    lat -19.54
  ]
  node [
    id 82
    label "Caxias"
    type "City"
    lon -43.36
    lat -4.86
  ]
  node [
    id 81
    label "Catanduva"
    type "City"
    lon -48.97
    lat -21.14
  ]
  node [
    id 80
    label "Campos"
    type "City"
    lon -41.33
    lat -21.75
  ]
  node [
    id 79
    label "Campo Grande"
    type "City"
    lon -54.65
    lat -20.44
  ]
  node [
    id 78
    label "Viamão"
    type "City"
    lon -51.02
    lat -30.08
  ]
  node [
    id 77
    label "Guaíba"
    type "City"
    lon -51.33
    lat -30.11
  ]
  node [
    id 76
    label "Araçatuba"
    type "City"
    lon -50.43
    lat -21.21
  ]
  node [
    id 75
    label "Boa Vista"
    type "City"
    lon -60.67
    lat 2.82
  ]
  node [
    id 74
    label "Blumenau"
    type "City"
    lon -49.07
    lat -26.92
  ]
  node [
    id 73
    label "Belém"
    type "City"
    lon -48.5
    lat -1.46
  ]
  node [
    id 72
    label "Bauru"
    type "City"
    lon -49.06
    lat -22.31
  ]
  node [
    id 71
    label "Barra Mansa"
    type "City"
    lon -44.17
    lat -22.54
  ]
  node [
    id 70
    label "Barbacena"
    type "City"
    lon -43.77
    lat -21.23
  ]
  node [
    id 69
    label "Rio Claro"
    type "City"
    lon -47.56
    lat -22.41
  ]
  node [
    id 68
    label "Aparecida de Goiânia"
    type "City"
    lon -49.24
    lat -16.82
  ]
  node [
    id 67
    label "Araguaína"
    type "City"
    lon -48.21
    lat -7.19
  ]
  node [
    id 66
    label "Aracaju"
    type "City"
    lon -37.07
    lat -10.91
  ]
  node [
    id 65
    label "Apucarana"
    type "City"
    lon -51.46
    lat -23.55
  ]
  node [
    id 64
    label "Corrientes"
    type "City"
    lon -58.83
    lat -27.48
  ]
  node [
    id 63
    label "Anápolis"
    type "City"
    lon -48.95
    lat -16.33
  ]
  node [
    id 62
    label "Angra dos Reis"
    type "City"
    lon -44.32
    lat -23.01
  ]
  node [
    id 61
    label "Alagoinhas"
    type "City"
    lon -38.42
    lat -12.14
  ]
  node [
    id 57
    label "Potosí"
    type "City"
    lon -65.75
    lat -19.58
  ]
  node [
    id 21
    label "Santiago del Estero"
    type "City"
    lon -64.26
    lat -27.8
  ]
  node [
    id 20
    label "San Nicolás de los Arroyos"
    type "City"
    lon -60.23
    lat -33.34
  ]
  node [
    id 19
    label "San Miguel de Tucumán"
    type "City"
    lon -65.22
    lat -26.82
  ]
  node [
    id 18
    label "San Fernando del Valle de Catamarca"
    type "City"
    lon -65.79
    lat -28.47
  ]
  node [
    id 17
    label "Salta"
    type "City"
    lon -65.41
    lat -24.79
  ]
  node [
    id 16
    label "Río Cuarto"
    type "City"
    lon -64.35
    lat -33.13
  ]
  node [
    id 15
    label "Paraná"
    type "City"
    lon -60.52
    lat -31.73
  ]
  node [
    id 14
    label "Neuquén"
    type "City"
    lon -68.06
    lat -38.95
  ]
  node [
    id 13
    label "Mendoza"
    type "City"
    lon -68.83
    lat -32.89
  ]
  node [
    id 12
    label "Mar del Plata"
    type "City"
    lon -57.56
    lat -38.0
  ]
  node [
    id 11
    label "Quilmes"
    type "City"
    lon -58.25
    lat -34.72
  ]
  node [
    id 10
    label "Concordia"
    type "City"
    lon -58.02
    lat -31.39
  ]
  node [
    id 9
    label "Comodoro Rivadavia"
    type "City"
    lon -67.5
    lat -45.86
  ]
  node [
    id 8
    label "Bahía Blanca"
    type "City"
    lon -62.27
    lat -38.72
  ]
  edge [
    source 1849
    target 77
    type "normal"
    dist 631.41
  ]
  edge [
    source 1849
    target 120
    type "normal"
    dist 589.87
  ]
  edge [
    source 1849
    target 1212
    type "normal"
    dist 112.9
  ]
  edge [
    source 1810
    target 1566
    type "normal"
    dist 460.95
  ]
  edge [
    source 1810
    target 450
    type "normal"
    dist 221.6
  ]
  edge [
    source 1810
    target 121
    type "normal"
    dist 944.53
  ]
  edge [
    source 1757
    target 1598
    type "normal"
    dist 90.02
  ]
  edge [
    source 1757
    target 1568
    type "normal"
    dist 15.2
  ]
  edge [
    source 1747
    target 773
    type "normal"
    dist 93.41
  ]
  edge [
    source 1654
    target 1569
    type "normal"
    dist 9.0
  ]
  edge [
    source 1654
    target 1270
    type "normal"
    dist 224.37
  ]
  edge [
    source 1654
    target 1218
    type "normal"
    dist 29.76
  ]
  edge [
    source 1626
    target 1214
    type "normal"
    dist 263.67
  ]
  edge [
    source 1621
    target 1599
    type "normal"
    dist 18.56
  ]
  edge [
    source 1620
    target 765
    type "normal"
    dist 8.66
  ]
  edge [
    source 1620
    target 1360
    type "normal"
    dist 3.66
  ]
  edge [
    source 1602
    target 1269
    type "normal"
    dist 20.52
  ]
  edge [
    source 1602
    target 1270
    type "normal"
    dist 67.68
  ]
  edge [
    source 1600
    target 1570
    type "normal"
    dist 99.18
  ]
  edge [
    source 1600
    target 320
    type "normal"
    dist 360.76
  ]
  edge [
    source 1600
    target 765
    type "normal"
    dist 435.6
  ]
  edge [
    source 1600
    target 311
    type "normal"
    dist 328.96
  ]
  edge [
    source 1599
    target 765
    type "normal"
    dist 52.84
  ]
  edge [
    source 1598
    target 1222
    type "normal"
    dist 85.94
  ]
  edge [
    source 1598
    target 1227
    type "normal"
    dist 132.68
  ]
  edge [
    source 1578
    target 100
    type "normal"
    dist 218.56
  ]
  edge [
    source 1578
    target 85
    type "normal"
    dist 36.07
  ]
  edge [
    source 1578
    target 102
    type "normal"
    dist 197.25
  ]
  edge [
    source 1570
    target 314
    type "normal"
    dist 100.27
  ]
  edge [
    source 1566
    target 121
    type "normal"
    dist 862.87
  ]
  edge [
    source 1566
    target 73
    type "normal"
    dist 828.1
  ]
  edge [
    source 1551
    target 347
    type "normal"
    dist 147.47
  ]
  edge [
    source 1551
    target 346
    type "normal"
    dist 152.43
  ]
  edge [
    source 1551
    target 773
    type "normal"
    dist 152.79
  ]
  edge [
    source 1551
    target 348
    type "normal"
    dist 144.8
  ]
  edge [
    source 1538
    target 324
    type "normal"
    dist 138.51
  ]
  edge [
    source 1538
    target 318
    type "normal"
    dist 78.12
  ]
  edge [
    source 1480
    target 11
    type "normal"
    dist 240.02
  ]
  edge [
    source 1480
    target 12
    type "normal"
    dist 186.43
  ]
  edge [
    source 1480
    target 1212
    type "normal"
    dist 180.41
  ]
  edge [
    source 1479
    target 71
    type "normal"
    dist 106.43
  ]
  edge [
    source 1479
    target 62
    type "normal"
    dist 114.08
  ]
  edge [
    source 1479
    target 95
    type "normal"
    dist 11.08
  ]
  edge [
    source 1478
    target 771
    type "normal"
    dist 838.69
  ]
  edge [
    source 1478
    target 774
    type "normal"
    dist 21.08
  ]
  edge [
    source 1477
    target 124
    type "normal"
    dist 200.51
  ]
  edge [
    source 1477
    target 109
    type "normal"
    dist 210.55
  ]
  edge [
    source 1476
    target 176
    type "normal"
    dist 6.82
  ]
  edge [
    source 1407
    target 115
    type "normal"
    dist 145.38
  ]
  edge [
    source 1407
    target 89
    type "normal"
    dist 55.74
  ]
  edge [
    source 1325
    target 112
    type "normal"
    dist 14.64
  ]
  edge [
    source 1270
    target 1229
    type "normal"
    dist 223.07
  ]
  edge [
    source 1229
    target 1214
    type "normal"
    dist 146.63
  ]
  edge [
    source 1229
    target 1219
    type "normal"
    dist 60.07
  ]
  edge [
    source 1228
    target 1226
    type "normal"
    dist 167.97
  ]
  edge [
    source 1228
    target 318
    type "normal"
    dist 351.55
  ]
  edge [
    source 1228
    target 315
    type "normal"
    dist 162.07
  ]
  edge [
    source 1227
    target 1222
    type "normal"
    dist 102.45
  ]
  edge [
    source 1226
    target 318
    type "normal"
    dist 377.74
  ]
  edge [
    source 1226
    target 1214
    type "normal"
    dist 82.74
  ]
  edge [
    source 1225
    target 1215
    type "normal"
    dist 66.19
  ]
  edge [
    source 1225
    target 1223
    type "normal"
    dist 114.51
  ]
  edge [
    source 1224
    target 1217
    type "normal"
    dist 67.94
  ]
  edge [
    source 1224
    target 1222
    type "normal"
    dist 102.99
  ]
  edge [
    source 1223
    target 75
    type "normal"
    dist 670.25
  ]
  edge [
    source 1223
    target 450
    type "normal"
    dist 611.75
  ]
  edge [
    source 1221
    target 1220
    type "normal"
    dist 150.69
  ]
  edge [
    source 1220
    target 1218
    type "normal"
    dist 38.69
  ]
  edge [
    source 1220
    target 1217
    type "normal"
    dist 227.26
  ]
  edge [
    source 1219
    target 1218
    type "normal"
    dist 48.81
  ]
  edge [
    source 1217
    target 1215
    type "normal"
    dist 81.13
  ]
  edge [
    source 1212
    target 11
    type "normal"
    dist 189.52
  ]
  edge [
    source 774
    target 769
    type "normal"
    dist 380.6
  ]
  edge [
    source 773
    target 346
    type "normal"
    dist 64.39
  ]
  edge [
    source 772
    target 769
    type "normal"
    dist 118.67
  ]
  edge [
    source 772
    target 767
    type "normal"
    dist 120.91
  ]
  edge [
    source 771
    target 116
    type "normal"
    dist 1029.88
  ]
  edge [
    source 771
    target 167
    type "normal"
    dist 294.2
  ]
  edge [
    source 770
    target 344
    type "normal"
    dist 707.54
  ]
  edge [
    source 770
    target 116
    type "normal"
    dist 1173.9
  ]
  edge [
    source 770
    target 75
    type "normal"
    dist 1577.38
  ]
  edge [
    source 770
    target 345
    type "normal"
    dist 660.7
  ]
  edge [
    source 770
    target 321
    type "normal"
    dist 775.84
  ]
  edge [
    source 767
    target 345
    type "normal"
    dist 361.06
  ]
  edge [
    source 766
    target 65
    type "normal"
    dist 638.05
  ]
  edge [
    source 766
    target 79
    type "normal"
    dist 616.85
  ]
  edge [
    source 766
    target 120
    type "normal"
    dist 600.27
  ]
  edge [
    source 766
    target 64
    type "normal"
    dist 273.81
  ]
  edge [
    source 450
    target 75
    type "normal"
    dist 523.58
  ]
  edge [
    source 415
    target 319
    type "normal"
    dist 34.63
  ]
  edge [
    source 415
    target 313
    type "normal"
    dist 25.02
  ]
  edge [
    source 349
    target 348
    type "normal"
    dist 110.21
  ]
  edge [
    source 349
    target 344
    type "normal"
    dist 214.0
  ]
  edge [
    source 349
    target 346
    type "normal"
    dist 254.04
  ]
  edge [
    source 348
    target 347
    type "normal"
    dist 30.5
  ]
  edge [
    source 346
    target 345
    type "normal"
    dist 117.11
  ]
  edge [
    source 344
    target 323
    type "normal"
    dist 286.3
  ]
  edge [
    source 326
    target 317
    type "normal"
    dist 131.79
  ]
  edge [
    source 325
    target 313
    type "normal"
    dist 80.02
  ]
  edge [
    source 325
    target 322
    type "normal"
    dist 61.8
  ]
  edge [
    source 324
    target 314
    type "normal"
    dist 71.37
  ]
  edge [
    source 323
    target 322
    type "normal"
    dist 127.18
  ]
  edge [
    source 322
    target 321
    type "normal"
    dist 132.29
  ]
  edge [
    source 321
    target 317
    type "normal"
    dist 161.42
  ]
  edge [
    source 320
    target 319
    type "normal"
    dist 131.64
  ]
  edge [
    source 320
    target 311
    type "normal"
    dist 209.29
  ]
  edge [
    source 316
    target 311
    type "normal"
    dist 84.78
  ]
  edge [
    source 316
    target 315
    type "normal"
    dist 112.35
  ]
  edge [
    source 196
    target 89
    type "normal"
    dist 30.38
  ]
  edge [
    source 196
    target 90
    type "normal"
    dist 39.05
  ]
  edge [
    source 176
    target 172
    type "normal"
    dist 96.81
  ]
  edge [
    source 175
    target 169
    type "normal"
    dist 85.02
  ]
  edge [
    source 175
    target 174
    type "normal"
    dist 131.84
  ]
  edge [
    source 174
    target 173
    type "normal"
    dist 377.79
  ]
  edge [
    source 174
    target 14
    type "normal"
    dist 393.78
  ]
  edge [
    source 173
    target 172
    type "normal"
    dist 237.67
  ]
  edge [
    source 173
    target 14
    type "normal"
    dist 505.02
  ]
  edge [
    source 172
    target 13
    type "normal"
    dist 180.8
  ]
  edge [
    source 171
    target 9
    type "normal"
    dist 847.1
  ]
  edge [
    source 170
    target 169
    type "normal"
    dist 100.44
  ]
  edge [
    source 170
    target 9
    type "normal"
    dist 656.28
  ]
  edge [
    source 167
    target 166
    type "normal"
    dist 575.83
  ]
  edge [
    source 167
    target 57
    type "normal"
    dist 493.38
  ]
  edge [
    source 166
    target 17
    type "normal"
    dist 520.83
  ]
  edge [
    source 166
    target 57
    type "normal"
    dist 659.41
  ]
  edge [
    source 140
    target 80
    type "normal"
    dist 191.37
  ]
  edge [
    source 140
    target 83
    type "normal"
    dist 94.71
  ]
  edge [
    source 131
    target 122
    type "normal"
    dist 50.1
  ]
  edge [
    source 131
    target 107
    type "normal"
    dist 178.88
  ]
  edge [
    source 130
    target 96
    type "normal"
    dist 458.58
  ]
  edge [
    source 130
    target 102
    type "normal"
    dist 138.59
  ]
  edge [
    source 130
    target 106
    type "normal"
    dist 777.1
  ]
  edge [
    source 129
    target 117
    type "normal"
    dist 91.76
  ]
  edge [
    source 129
    target 71
    type "normal"
    dist 170.35
  ]
  edge [
    source 128
    target 126
    type "normal"
    dist 240.77
  ]
  edge [
    source 128
    target 123
    type "normal"
    dist 427.61
  ]
  edge [
    source 128
    target 68
    type "normal"
    dist 254.45
  ]
  edge [
    source 127
    target 82
    type "normal"
    dist 279.48
  ]
  edge [
    source 127
    target 73
    type "normal"
    dist 481.94
  ]
  edge [
    source 126
    target 76
    type "normal"
    dist 117.59
  ]
  edge [
    source 126
    target 81
    type "normal"
    dist 55.08
  ]
  edge [
    source 125
    target 99
    type "normal"
    dist 91.2
  ]
  edge [
    source 125
    target 87
    type "normal"
    dist 55.59
  ]
  edge [
    source 124
    target 104
    type "normal"
    dist 408.55
  ]
  edge [
    source 124
    target 82
    type "normal"
    dist 357.96
  ]
  edge [
    source 123
    target 88
    type "normal"
    dist 37.44
  ]
  edge [
    source 122
    target 112
    type "normal"
    dist 229.27
  ]
  edge [
    source 121
    target 73
    type "normal"
    dist 698.12
  ]
  edge [
    source 121
    target 67
    type "normal"
    dist 892.93
  ]
  edge [
    source 121
    target 116
    type "normal"
    dist 1236.17
  ]
  edge [
    source 121
    target 75
    type "normal"
    dist 884.35
  ]
  edge [
    source 120
    target 64
    type "normal"
    dist 548.54
  ]
  edge [
    source 120
    target 10
    type "normal"
    dist 446.02
  ]
  edge [
    source 120
    target 77
    type "normal"
    dist 243.97
  ]
  edge [
    source 119
    target 79
    type "normal"
    dist 441.66
  ]
  edge [
    source 119
    target 116
    type "normal"
    dist 1320.74
  ]
  edge [
    source 119
    target 68
    type "normal"
    dist 575.72
  ]
  edge [
    source 119
    target 57
    type "normal"
    dist 1225.07
  ]
  edge [
    source 118
    target 117
    type "normal"
    dist 81.05
  ]
  edge [
    source 118
    target 108
    type "normal"
    dist 75.92
  ]
  edge [
    source 117
    target 115
    type "normal"
    dist 91.26
  ]
  edge [
    source 115
    target 97
    type "normal"
    dist 30.06
  ]
  edge [
    source 114
    target 110
    type "normal"
    dist 46.97
  ]
  edge [
    source 114
    target 113
    type "normal"
    dist 24.2
  ]
  edge [
    source 113
    target 71
    type "normal"
    dist 102.06
  ]
  edge [
    source 113
    target 95
    type "normal"
    dist 42.77
  ]
  edge [
    source 112
    target 109
    type "normal"
    dist 244.16
  ]
  edge [
    source 111
    target 106
    type "normal"
    dist 673.05
  ]
  edge [
    source 111
    target 67
    type "normal"
    dist 336.42
  ]
  edge [
    source 110
    target 80
    type "normal"
    dist 137.07
  ]
  edge [
    source 109
    target 104
    type "normal"
    dist 313.37
  ]
  edge [
    source 108
    target 93
    type "normal"
    dist 60.1
  ]
  edge [
    source 107
    target 66
    type "normal"
    dist 201.37
  ]
  edge [
    source 106
    target 63
    type "normal"
    dist 107.32
  ]
  edge [
    source 105
    target 65
    type "normal"
    dist 40.5
  ]
  edge [
    source 103
    target 94
    type "normal"
    dist 92.89
  ]
  edge [
    source 103
    target 74
    type "normal"
    dist 71.81
  ]
  edge [
    source 102
    target 100
    type "normal"
    dist 134.69
  ]
  edge [
    source 101
    target 72
    type "normal"
    dist 51.76
  ]
  edge [
    source 101
    target 69
    type "normal"
    dist 103.26
  ]
  edge [
    source 99
    target 74
    type "normal"
    dist 91.0
  ]
  edge [
    source 98
    target 73
    type "normal"
    dist 466.37
  ]
  edge [
    source 98
    target 67
    type "normal"
    dist 201.29
  ]
  edge [
    source 97
    target 62
    type "normal"
    dist 92.03
  ]
  edge [
    source 96
    target 83
    type "normal"
    dist 158.24
  ]
  edge [
    source 96
    target 86
    type "normal"
    dist 102.96
  ]
  edge [
    source 93
    target 69
    type "normal"
    dist 54.75
  ]
  edge [
    source 93
    target 92
    type "normal"
    dist 49.28
  ]
  edge [
    source 88
    target 84
    type "normal"
    dist 104.17
  ]
  edge [
    source 88
    target 86
    type "normal"
    dist 155.14
  ]
  edge [
    source 87
    target 78
    type "normal"
    dist 223.67
  ]
  edge [
    source 86
    target 80
    type "normal"
    dist 282.74
  ]
  edge [
    source 85
    target 61
    type "normal"
    dist 63.33
  ]
  edge [
    source 84
    target 70
    type "normal"
    dist 62.9
  ]
  edge [
    source 79
    target 76
    type "normal"
    dist 446.11
  ]
  edge [
    source 79
    target 65
    type "normal"
    dist 476.72
  ]
  edge [
    source 79
    target 57
    type "normal"
    dist 1164.13
  ]
  edge [
    source 78
    target 77
    type "normal"
    dist 29.25
  ]
  edge [
    source 76
    target 72
    type "normal"
    dist 187.62
  ]
  edge [
    source 71
    target 62
    type "normal"
    dist 53.58
  ]
  edge [
    source 68
    target 63
    type "normal"
    dist 63.34
  ]
  edge [
    source 66
    target 61
    type "normal"
    dist 200.23
  ]
  edge [
    source 64
    target 21
    type "normal"
    dist 535.74
  ]
  edge [
    source 64
    target 10
    type "normal"
    dist 442.1
  ]
  edge [
    source 57
    target 17
    type "normal"
    dist 579.53
  ]
  edge [
    source 21
    target 19
    type "normal"
    dist 143.78
  ]
  edge [
    source 21
    target 18
    type "normal"
    dist 167.18
  ]
  edge [
    source 20
    target 15
    type "normal"
    dist 180.52
  ]
  edge [
    source 20
    target 11
    type "normal"
    dist 238.48
  ]
  edge [
    source 19
    target 17
    type "normal"
    dist 227.43
  ]
  edge [
    source 18
    target 16
    type "normal"
    dist 536.09
  ]
  edge [
    source 16
    target 13
    type "normal"
    dist 418.3
  ]
  edge [
    source 16
    target 8
    type "normal"
    dist 648.95
  ]
  edge [
    source 15
    target 10
    type "normal"
    dist 240.11
  ]
  edge [
    source 14
    target 8
    type "normal"
    dist 501.79
  ]
  edge [
    source 14
    target 9
    type "normal"
    dist 770.02
  ]
  edge [
    source 12
    target 8
    type "normal"
    dist 418.71
  ]
]