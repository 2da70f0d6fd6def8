graph [
  DateObtained "22/10/10"
  GeoLocation "Latin America"
  GeoExtent "Continent"
  Network "GlobeNet"
  Provenance "Primary"
  Access 0
  Source "http://www.globenet.net/?p=network-map"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Globenet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2009"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Santa Elena"
    Country "Venezuela"
    Longitude -61.13333
    Internal 1
    Latitude 4.61667
    type "International Network PoP"
  ]
  node [
    id 1
    label "Manaus"
    Country "Brazil"
    Longitude -60.025
    Internal 1
    Latitude -3.10194
    type "Oi Domestic Network PoP"
  ]
  node [
    id 2
    label "Bogota"
    Country "Colombia"
    Longitude -74.08175
    Internal 1
    Latitude 4.60971
    type "International Network PoP"
  ]
  node [
    id 3
    label "Boa Vista"
    Country "Brazil"
    Longitude -60.67333
    Internal 1
    Latitude 2.81972
    type "Oi Domestic Network PoP"
  ]
  node [
    id 4
    label "1"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 5
    label "Belem"
    Country "Brazil"
    Longitude -48.50444
    Internal 1
    Latitude -1.45583
    type "Oi Domestic Network PoP"
  ]
  node [
    id 6
    label "Sao Luis"
    Country "Brazil"
    Longitude -44.30278
    Internal 1
    Latitude -2.52972
    type "Oi Domestic Network PoP"
  ]
  node [
    id 7
    label "Teresina"
    Country "Brazil"
    Longitude -42.80194
    Internal 1
    Latitude -5.08917
    type "Oi Domestic Network PoP"
  ]
  node [
    id 8
    label "Florianopolois"
    Country "Brazil"
    Longitude -48.54917
    Internal 1
    Latitude -27.59667
    type "Oi Domestic Network PoP"
  ]
  node [
    id 9
    label "12"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 10
    label "Fortaleza"
    Country "Brazil"
    Longitude -38.54306
    Internal 1
    Latitude -3.71722
    type "International Network PoP"
  ]
  node [
    id 11
    label "Natal"
    Country "Brazil"
    Longitude -35.20944
    Internal 1
    Latitude -5.795
    type "Oi Domestic Network PoP"
  ]
  node [
    id 12
    label "9"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 13
    label "14"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 14
    label "Campo Grande"
    Country "Brazil"
    Longitude -54.64639
    Internal 1
    Latitude -20.44278
    type "Oi Domestic Network PoP"
  ]
  node [
    id 15
    label "15"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 16
    label "Rondonopolis"
    Country "Brazil"
    Longitude -54.63556
    Internal 1
    Latitude -16.47083
    type "Oi Domestic Network PoP"
  ]
  node [
    id 17
    label "19"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 18
    label "3"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 19
    label "Brasilia"
    Country "Brazil"
    Longitude -47.92972
    Internal 1
    Latitude -15.77972
    type "Oi Domestic Network PoP"
  ]
  node [
    id 20
    label "4"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 21
    label "Goiania"
    Country "Brazil"
    Longitude -49.25389
    Internal 1
    Latitude -16.67861
    type "Oi Domestic Network PoP"
  ]
  node [
    id 22
    label "Palmas"
    Country "Brazil"
    Longitude -48.36028
    Internal 1
    Latitude -10.21278
    type "Oi Domestic Network PoP"
  ]
  node [
    id 23
    label "21"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 24
    label "Cuiaba"
    Country "Brazil"
    Longitude -56.09667
    Internal 1
    Latitude -15.59611
    type "Oi Domestic Network PoP"
  ]
  node [
    id 25
    label "20"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 26
    label "Porto Alegre"
    Country "Brazil"
    Longitude -51.23
    Internal 1
    Latitude -30.03306
    type "Oi Domestic Network PoP"
  ]
  node [
    id 27
    label "Pelotas"
    Country "Brazil"
    Longitude -52.3425
    Internal 1
    Latitude -31.77194
    type "Oi Domestic Network PoP"
  ]
  node [
    id 28
    label "10"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 29
    label "16"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 30
    label "8"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 31
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 32
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 33
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 34
    label "11"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 35
    label "Rio Branco"
    Country "Brazil"
    Longitude -67.81
    Internal 1
    Latitude -9.97472
    type "Oi Domestic Network PoP"
  ]
  node [
    id 36
    label "Porto Velho"
    Country "Brazil"
    Longitude -63.90389
    Internal 1
    Latitude -8.76194
    type "Oi Domestic Network PoP"
  ]
  node [
    id 37
    label "18"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 38
    label "6"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 39
    label "Rio de Janeiro"
    Country "Brazil"
    Longitude -43.2075
    Internal 1
    Latitude -22.90278
    type "International Network PoP"
  ]
  node [
    id 40
    label "Sao Paulo"
    Country "Brazil"
    Longitude -46.63611
    Internal 1
    Latitude -23.5475
    type "Oi Domestic Network PoP"
  ]
  node [
    id 41
    label "17"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 42
    label "6"
    Internal 1
    type "International Network PoP"
  ]
  node [
    id 43
    label "Curitiba"
    Country "Brazil"
    Longitude -49.27306
    Internal 1
    Latitude -25.42778
    type "Oi Domestic Network PoP"
  ]
  node [
    id 44
    label "7"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 45
    label "22"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 46
    label "Campinas"
    Country "Brazil"
    Longitude -47.06083
    Internal 1
    Latitude -22.90556
    type "Oi Domestic Network PoP"
  ]
  node [
    id 47
    label "Maceio"
    Country "Brazil"
    Longitude -35.73528
    Internal 1
    Latitude -9.66583
    type "Oi Domestic Network PoP"
  ]
  node [
    id 48
    label "2"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 49
    label "Recife"
    Country "Brazil"
    Longitude -34.88111
    Internal 1
    Latitude -8.05389
    type "Oi Domestic Network PoP"
  ]
  node [
    id 50
    label "Joao Pessoa"
    Country "Brazil"
    Longitude -34.86306
    Internal 1
    Latitude -7.115
    type "Oi Domestic Network PoP"
  ]
  node [
    id 51
    label "23"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 52
    label "Vitoria"
    Country "Brazil"
    Longitude -40.33778
    Internal 1
    Latitude -20.31944
    type "Oi Domestic Network PoP"
  ]
  node [
    id 53
    label "Salvador"
    Country "Brazil"
    Longitude -38.51083
    Internal 1
    Latitude -12.97111
    type "Oi Domestic Network PoP"
  ]
  node [
    id 54
    label "Aracaju"
    Country "Brazil"
    Longitude -37.07167
    Internal 1
    Latitude -10.91111
    type "Oi Domestic Network PoP"
  ]
  node [
    id 55
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
    type "International Network PoP"
  ]
  node [
    id 56
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 57
    label "Medellin"
    Country "Colombia"
    Longitude -75.53611
    Internal 1
    Latitude 6.29139
    type "International Network PoP"
  ]
  node [
    id 58
    label "Cali"
    Country "Colombia"
    Longitude -76.5225
    Internal 1
    Latitude 3.43722
    type "International Network PoP"
  ]
  node [
    id 59
    label "St David's"
    Country "Grenada"
    Longitude -61.66667
    Internal 1
    Latitude 12.03333
    type "International Network PoP"
  ]
  node [
    id 60
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "International Network PoP"
  ]
  node [
    id 61
    label "Tuckerton"
    Country "United States"
    Longitude -74.34014
    Internal 1
    Latitude 39.60317
    type "International Network PoP"
  ]
  node [
    id 62
    label "Boca Raton"
    Country "United States"
    Longitude -80.0831
    Internal 1
    Latitude 26.35869
    type "International Network PoP"
  ]
  node [
    id 63
    label "13"
    Internal 1
    type "Oi Domestic Network PoP"
  ]
  node [
    id 64
    label "Maiquetia"
    Country "Venezuela"
    Longitude -66.95
    Internal 1
    Latitude 10.6
    type "International Network PoP"
  ]
  node [
    id 65
    label "Caracas"
    Country "Venezuela"
    Longitude -66.91667
    Internal 1
    Latitude 10.5
    type "International Network PoP"
  ]
  node [
    id 66
    label "Cucuta"
    Country "Colombia"
    Longitude -72.50528
    Internal 1
    Latitude 7.88333
    type "International Network PoP"
  ]
  edge [
    source 0
    target 65
    id "e11"
  ]
  edge [
    source 0
    target 65
    id "e12"
  ]
  edge [
    source 0
    target 3
    id "e19"
  ]
  edge [
    source 1
    target 3
    id "e20"
  ]
  edge [
    source 2
    target 58
    id "e18"
  ]
  edge [
    source 2
    target 66
    id "e16"
  ]
  edge [
    source 4
    target 48
    id "e26"
  ]
  edge [
    source 4
    target 33
    id "e25"
  ]
  edge [
    source 4
    target 7
    id "e23"
  ]
  edge [
    source 5
    target 6
    id "e21"
  ]
  edge [
    source 5
    target 7
    id "e24"
  ]
  edge [
    source 6
    target 33
    id "e22"
  ]
  edge [
    source 8
    target 9
    id "e107"
  ]
  edge [
    source 8
    target 26
    id "e108"
  ]
  edge [
    source 8
    target 43
    id "e93"
  ]
  edge [
    source 8
    target 63
    id "e104"
  ]
  edge [
    source 9
    target 26
    id "e109"
  ]
  edge [
    source 9
    target 26
    id "e110"
  ]
  edge [
    source 9
    target 12
    id "e100"
  ]
  edge [
    source 9
    target 63
    id "e105"
  ]
  edge [
    source 10
    target 64
    id "e8"
  ]
  edge [
    source 10
    target 33
    id "e31"
  ]
  edge [
    source 10
    target 39
    id "e27"
  ]
  edge [
    source 10
    target 39
    id "e28"
  ]
  edge [
    source 10
    target 11
    id "e29"
  ]
  edge [
    source 10
    target 48
    id "e30"
  ]
  edge [
    source 10
    target 59
    id "e0"
  ]
  edge [
    source 11
    target 50
    id "e32"
  ]
  edge [
    source 12
    target 34
    id "e102"
  ]
  edge [
    source 12
    target 13
    id "e101"
  ]
  edge [
    source 12
    target 14
    id "e99"
  ]
  edge [
    source 13
    target 28
    id "e103"
  ]
  edge [
    source 13
    target 30
    id "e96"
  ]
  edge [
    source 14
    target 16
    id "e72"
  ]
  edge [
    source 15
    target 29
    id "e97"
  ]
  edge [
    source 15
    target 38
    id "e78"
  ]
  edge [
    source 16
    target 17
    id "e73"
  ]
  edge [
    source 16
    target 23
    id "e68"
  ]
  edge [
    source 16
    target 23
    id "e69"
  ]
  edge [
    source 17
    target 34
    id "e76"
  ]
  edge [
    source 17
    target 38
    id "e75"
  ]
  edge [
    source 17
    target 38
    id "e74"
  ]
  edge [
    source 18
    target 19
    id "e59"
  ]
  edge [
    source 19
    target 20
    id "e60"
  ]
  edge [
    source 19
    target 34
    id "e62"
  ]
  edge [
    source 19
    target 46
    id "e57"
  ]
  edge [
    source 19
    target 37
    id "e61"
  ]
  edge [
    source 20
    target 22
    id "e63"
  ]
  edge [
    source 21
    target 34
    id "e65"
  ]
  edge [
    source 21
    target 22
    id "e64"
  ]
  edge [
    source 23
    target 24
    id "e66"
  ]
  edge [
    source 23
    target 24
    id "e67"
  ]
  edge [
    source 24
    target 25
    id "e70"
  ]
  edge [
    source 25
    target 36
    id "e71"
  ]
  edge [
    source 26
    target 27
    id "e111"
  ]
  edge [
    source 26
    target 63
    id "e106"
  ]
  edge [
    source 28
    target 43
    id "e90"
  ]
  edge [
    source 29
    target 34
    id "e98"
  ]
  edge [
    source 29
    target 43
    id "e89"
  ]
  edge [
    source 29
    target 30
    id "e95"
  ]
  edge [
    source 29
    target 30
    id "e94"
  ]
  edge [
    source 30
    target 44
    id "e87"
  ]
  edge [
    source 31
    target 51
    id "e47"
  ]
  edge [
    source 31
    target 52
    id "e45"
  ]
  edge [
    source 31
    target 53
    id "e43"
  ]
  edge [
    source 32
    target 52
    id "e44"
  ]
  edge [
    source 32
    target 53
    id "e40"
  ]
  edge [
    source 32
    target 53
    id "e41"
  ]
  edge [
    source 34
    target 37
    id "e79"
  ]
  edge [
    source 35
    target 36
    id "e112"
  ]
  edge [
    source 37
    target 38
    id "e77"
  ]
  edge [
    source 37
    target 45
    id "e58"
  ]
  edge [
    source 37
    target 46
    id "e51"
  ]
  edge [
    source 38
    target 46
    id "e50"
  ]
  edge [
    source 39
    target 56
    id "e83"
  ]
  edge [
    source 39
    target 51
    id "e49"
  ]
  edge [
    source 39
    target 42
    id "e82"
  ]
  edge [
    source 39
    target 42
    id "e81"
  ]
  edge [
    source 39
    target 46
    id "e53"
  ]
  edge [
    source 39
    target 46
    id "e52"
  ]
  edge [
    source 40
    target 41
    id "e80"
  ]
  edge [
    source 41
    target 42
    id "e84"
  ]
  edge [
    source 42
    target 43
    id "e86"
  ]
  edge [
    source 42
    target 43
    id "e85"
  ]
  edge [
    source 42
    target 46
    id "e55"
  ]
  edge [
    source 42
    target 46
    id "e54"
  ]
  edge [
    source 43
    target 44
    id "e88"
  ]
  edge [
    source 43
    target 63
    id "e91"
  ]
  edge [
    source 43
    target 63
    id "e92"
  ]
  edge [
    source 45
    target 46
    id "e56"
  ]
  edge [
    source 46
    target 53
    id "e42"
  ]
  edge [
    source 47
    target 49
    id "e35"
  ]
  edge [
    source 47
    target 54
    id "e38"
  ]
  edge [
    source 48
    target 49
    id "e34"
  ]
  edge [
    source 48
    target 53
    id "e37"
  ]
  edge [
    source 48
    target 53
    id "e36"
  ]
  edge [
    source 49
    target 50
    id "e33"
  ]
  edge [
    source 51
    target 56
    id "e48"
  ]
  edge [
    source 52
    target 56
    id "e46"
  ]
  edge [
    source 53
    target 54
    id "e39"
  ]
  edge [
    source 55
    target 62
    id "e5"
  ]
  edge [
    source 55
    target 62
    id "e6"
  ]
  edge [
    source 57
    target 58
    id "e17"
  ]
  edge [
    source 57
    target 66
    id "e15"
  ]
  edge [
    source 59
    target 61
    id "e1"
  ]
  edge [
    source 60
    target 61
    id "e3"
  ]
  edge [
    source 60
    target 61
    id "e2"
  ]
  edge [
    source 61
    target 62
    id "e4"
  ]
  edge [
    source 62
    target 64
    id "e7"
  ]
  edge [
    source 64
    target 65
    id "e10"
  ]
  edge [
    source 64
    target 65
    id "e9"
  ]
  edge [
    source 65
    target 66
    id "e13"
  ]
  edge [
    source 65
    target 66
    id "e14"
  ]
]
