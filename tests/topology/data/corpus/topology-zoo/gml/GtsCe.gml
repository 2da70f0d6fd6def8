graph [
  DateObtained "22/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "GTS CE"
  Provenance "Primary"
  Access 0
  Source "http://www.gtsce.com/en/map/index.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "GtsCe"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "22/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Gorzow"
    Country "Poland"
    Longitude 15.22878
    Internal 1
    Latitude 52.73679
    type "GTS major Pops"
  ]
  node [
    id 1
    label "Zeilona Gora"
    Country "Poland"
    Longitude 15.50643
    Internal 1
    Latitude 51.93548
    type "GTS major Pops"
  ]
  node [
    id 2
    label "Kobenhavn"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
    type "Partnet Hubs"
  ]
  node [
    id 3
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
    type "Partnet Hubs"
  ]
  node [
    id 4
    label "Gdansk"
    Country "Poland"
    Longitude 18.64637
    Internal 1
    Latitude 54.35205
    type "GTS major Pops"
  ]
  node [
    id 5
    label "Gdynia"
    Country "Poland"
    Longitude 18.53188
    Internal 1
    Latitude 54.51889
    type "GTS major Pops"
  ]
  node [
    id 6
    label "Slupsk"
    Country "Poland"
    Longitude 17.02872
    Internal 1
    Latitude 54.46405
    type "GTS major Pops"
  ]
  node [
    id 7
    label "Koszalin"
    Country "Poland"
    Longitude 16.17222
    Internal 1
    Latitude 54.19438
    type "GTS major Pops"
  ]
  node [
    id 8
    label "Kolobrzeg"
    Country "Poland"
    Longitude 15.58342
    Internal 1
    Latitude 54.17565
    type "GTS major Pops"
  ]
  node [
    id 9
    label "Szczecin"
    Country "Poland"
    Longitude 14.55302
    Internal 1
    Latitude 53.42894
    type "GTS major Pops"
  ]
  node [
    id 10
    label "Braniewo"
    Country "Poland"
    Longitude 19.81959
    Internal 1
    Latitude 54.37971
    type "GTS major Pops"
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "Poti, Georgia"
    Internal 0
  ]
  node [
    id 13
    label "Georgia, Armenia, Iran, Iraq, Syria"
    Internal 0
  ]
  node [
    id 14
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 15
    label "Amsterdam, London"
    Internal 0
  ]
  node [
    id 16
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 17
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 18
    label "Lowicz"
    Country "Poland"
    Longitude 19.94525
    Internal 1
    Latitude 52.10714
    type "GTS major Pops"
  ]
  node [
    id 19
    label "Ulmi"
    Country "Romania"
    Longitude 25.78028
    Internal 1
    geocode_id "664295"
    Latitude 44.48667
    type "GTS major Pops"
  ]
  node [
    id 20
    label "Beograd"
    Country "Serbia"
    Longitude 20.46513
    Internal 1
    Latitude 44.80401
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 21
    label "Balvanesti"
    Country "Romania"
    Longitude 22.68028
    Internal 1
    Latitude 44.7975
    type "GTS major Pops"
  ]
  node [
    id 22
    label "Alexandria"
    Country "Romania"
    Longitude 25.33333
    Internal 1
    Latitude 43.98333
    type "GTS major Pops"
  ]
  node [
    id 23
    label "Craiova"
    Country "Romania"
    Longitude 23.8
    Internal 1
    Latitude 44.31667
    type "GTS major Pops"
  ]
  node [
    id 24
    label "Arad"
    Country "Romania"
    Longitude 21.31667
    Internal 1
    Latitude 46.18333
    type "GTS major Pops"
  ]
  node [
    id 25
    label "Oradea"
    Country "Romania"
    Longitude 21.93333
    Internal 1
    Latitude 47.06667
    type "GTS major Pops"
  ]
  node [
    id 26
    label "Caransebes"
    Country "Romania"
    Longitude 22.21667
    Internal 1
    Latitude 45.41667
    type "GTS major Pops"
  ]
  node [
    id 27
    label "Timisoara"
    Country "Romania"
    Longitude 21.22722
    Internal 1
    Latitude 45.74944
    type "GTS major Pops"
  ]
  node [
    id 28
    label "Ploiesti"
    Country "Romania"
    Longitude 26.01667
    Internal 1
    Latitude 44.95
    type "GTS major Pops"
  ]
  node [
    id 29
    label "Giurgiu"
    Country "Romania"
    Longitude 25.96667
    Internal 1
    Latitude 43.88333
    type "GTS major Pops"
  ]
  node [
    id 30
    label "Kazakhstan"
    Internal 0
  ]
  node [
    id 31
    label "Szombathely"
    Country "Hungary"
    Longitude 16.62155
    Internal 1
    Latitude 47.23088
    type "GTS major Pops"
  ]
  node [
    id 32
    label "Szekesfehervar"
    Country "Hungary"
    Longitude 18.41034
    Internal 1
    Latitude 47.18995
    type "GTS major Pops"
  ]
  node [
    id 33
    label "Tatabanya"
    Country "Hungary"
    Longitude 18.41667
    Internal 1
    Latitude 47.56667
    type "GTS major Pops"
  ]
  node [
    id 34
    label "Keszthely"
    Country "Hungary"
    Longitude 17.25
    Internal 1
    Latitude 46.76667
    type "GTS major Pops"
  ]
  node [
    id 35
    label "Veszprem"
    Country "Hungary"
    Longitude 17.91149
    Internal 1
    Latitude 47.09327
    type "GTS major Pops"
  ]
  node [
    id 36
    label "Rozvadov"
    geocode_append "Czech Republic"
    Country "Czech Republic"
    Longitude 12.55188
    Internal 1
    Latitude 49.66817
    type "GTS major Pops"
  ]
  node [
    id 37
    label "Karlovy Vary"
    Country "Czech Republic"
    Longitude 12.87117
    Internal 1
    Latitude 50.23271
    type "GTS major Pops"
  ]
  node [
    id 38
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
    type "GTS major Pops"
  ]
  node [
    id 39
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
    type "GTS major Pops"
  ]
  node [
    id 40
    label "Kyiv"
    Country "Ukraine"
    Longitude 30.4497
    Internal 1
    Latitude 50.40169
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 41
    label "Warszawa"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 42
    label "Tirane"
    Country "Albania"
    Longitude 19.81889
    Internal 1
    Latitude 41.3275
    type "Partnet Hubs"
  ]
  node [
    id 43
    label "Athina"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
    type "Partnet Hubs"
  ]
  node [
    id 44
    label "Vilnius"
    Country "Lithuania"
    Longitude 25.2798
    Internal 1
    Latitude 54.68916
    type "Partnet Hubs"
  ]
  node [
    id 45
    label "Tallinn"
    Country "Estonia"
    Longitude 24.75353
    Internal 1
    Latitude 59.43696
    type "Partnet Hubs"
  ]
  node [
    id 46
    label "Kaliningrad"
    Country "Russia"
    Longitude 20.5
    Internal 1
    Latitude 54.71
    type "Partnet Hubs"
  ]
  node [
    id 47
    label "Minsk"
    Country "Belarus"
    Longitude 27.56667
    Internal 1
    Latitude 53.9
    type "Partnet Hubs"
  ]
  node [
    id 48
    label "Riga"
    Country "Latvia"
    Longitude 24.10589
    Internal 1
    Latitude 56.946
    type "Partnet Hubs"
  ]
  node [
    id 49
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
    type "Partnet Hubs"
  ]
  node [
    id 50
    label "Poieni"
    Country "Romania"
    Longitude 22.9
    Internal 1
    geocode_id "670213"
    Latitude 46.91667
    type "GTS major Pops"
  ]
  node [
    id 51
    label "Sliven"
    Country "Bulgaria"
    Longitude 26.32917
    Internal 1
    Latitude 42.68583
    type "GTS major Pops"
  ]
  node [
    id 52
    label "Iasi"
    Country "Romania"
    Longitude 27.6
    Internal 1
    Latitude 47.16667
    type "GTS major Pops"
  ]
  node [
    id 53
    label "Galati"
    Country "Romania"
    Longitude 28.05
    Internal 1
    Latitude 45.45
    type "GTS major Pops"
  ]
  node [
    id 54
    label "Brasov"
    Country "Romania"
    Longitude 25.60613
    Internal 1
    Latitude 45.64861
    type "GTS major Pops"
  ]
  node [
    id 55
    label "Bacau"
    Country "Romania"
    Longitude 26.9
    Internal 1
    Latitude 46.56667
    type "GTS major Pops"
  ]
  node [
    id 56
    label "Medias"
    Country "Romania"
    Longitude 24.35
    Internal 1
    Latitude 46.16667
    type "GTS major Pops"
  ]
  node [
    id 57
    label "Cluj"
    Country "Romania"
    Longitude 23.6
    Internal 1
    Latitude 46.76667
    type "GTS major Pops"
  ]
  node [
    id 58
    label "Constanta"
    Country "Romania"
    Longitude 28.65
    Internal 1
    Latitude 44.18333
    type "GTS major Pops"
  ]
  node [
    id 59
    label "Dumbravita"
    Country "Romania"
    Longitude 25.43333
    Internal 1
    geocode_id "678689"
    Latitude 45.76667
    type "GTS major Pops"
  ]
  node [
    id 60
    label "Komarno"
    Country "Slovakia"
    Longitude 18.12263
    Internal 1
    Latitude 47.76356
    type "GTS major Pops"
  ]
  node [
    id 61
    label "Gyor"
    Country "Hungary"
    Longitude 17.63512
    Internal 1
    Latitude 47.68333
    type "GTS major Pops"
  ]
  node [
    id 62
    label "Sopron"
    Country "Hungary"
    Longitude 16.6
    Internal 1
    Latitude 47.68333
    type "GTS major Pops"
  ]
  node [
    id 63
    label "Odesa"
    Country "Ukraine"
    Longitude 30.73262
    Internal 1
    Latitude 46.47747
    type "GTS major Pops"
  ]
  node [
    id 64
    label "Kharkiv"
    Country "Ukraine"
    Longitude 36.25
    Internal 1
    Latitude 50.0
    type "GTS major Pops"
  ]
  node [
    id 65
    label "Dnipropetrovsk"
    Country "Ukraine"
    Longitude 34.98333
    Internal 1
    Latitude 48.45
    type "GTS major Pops"
  ]
  node [
    id 66
    label "Lviv"
    Country "Ukraine"
    Longitude 24.02324
    Internal 1
    Latitude 49.83826
    type "GTS major Pops"
  ]
  node [
    id 67
    label "Tarnow"
    Country "Poland"
    Longitude 20.98698
    Internal 1
    Latitude 50.01381
    type "GTS major Pops"
  ]
  node [
    id 68
    label "Banska Bystrica"
    Country "Slovakia"
    Longitude 19.15
    Internal 1
    Latitude 48.73333
    type "GTS major Pops"
  ]
  node [
    id 69
    label "Nove Zamky"
    Country "Slovakia"
    Longitude 18.16195
    Internal 1
    Latitude 47.98544
    type "GTS major Pops"
  ]
  node [
    id 70
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 71
    label "Szolnok"
    Country "Hungary"
    Longitude 20.2
    Internal 1
    Latitude 47.18333
    type "GTS major Pops"
  ]
  node [
    id 72
    label "Zalaegerszeg"
    Country "Hungary"
    Longitude 16.84389
    Internal 1
    Latitude 46.84
    type "GTS major Pops"
  ]
  node [
    id 73
    label "Tapolca"
    Country "Hungary"
    Longitude 17.43333
    Internal 1
    Latitude 46.88333
    type "GTS major Pops"
  ]
  node [
    id 74
    label "Tekirdag"
    Country "Turkey"
    Longitude 27.50852
    Internal 1
    Latitude 40.97801
    type "GTS major Pops"
  ]
  node [
    id 75
    label "Cheb"
    Country "Czech Republic"
    Longitude 12.37392
    Internal 1
    Latitude 50.07963
    type "GTS major Pops"
  ]
  node [
    id 76
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
    type "GTS major Pops"
  ]
  node [
    id 77
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
    type "GTS major Pops"
  ]
  node [
    id 78
    label "Dunaujvaros"
    Country "Hungary"
    Longitude 18.93333
    Internal 1
    Latitude 46.98333
    type "GTS major Pops"
  ]
  node [
    id 79
    label "Kiskunhalas"
    Country "Hungary"
    Longitude 19.4875
    Internal 1
    Latitude 46.43139
    type "GTS major Pops"
  ]
  node [
    id 80
    label "Tompa"
    geocode_append "Hungary"
    Country "Hungary"
    Longitude 19.54222
    Internal 1
    Latitude 46.21778
    type "GTS major Pops"
  ]
  node [
    id 81
    label "Szeged"
    Country "Hungary"
    Longitude 20.14824
    Internal 1
    Latitude 46.253
    type "GTS major Pops"
  ]
  node [
    id 82
    label "Szentes"
    Country "Hungary"
    Longitude 20.26667
    Internal 1
    Latitude 46.65
    type "GTS major Pops"
  ]
  node [
    id 83
    label "Zilina"
    Country "Slovakia"
    Longitude 18.73941
    Internal 1
    Latitude 49.22315
    type "GTS major Pops"
  ]
  node [
    id 84
    label "Kosice"
    Country "Slovakia"
    Longitude 21.25
    Internal 1
    Latitude 48.71667
    type "GTS major Pops"
  ]
  node [
    id 85
    label "Kecskemet"
    Country "Hungary"
    Longitude 19.69128
    Internal 1
    Latitude 46.90618
    type "GTS major Pops"
  ]
  node [
    id 86
    label "Paks"
    Country "Hungary"
    Longitude 18.86667
    Internal 1
    Latitude 46.63333
    type "GTS major Pops"
  ]
  node [
    id 87
    label "Burgas"
    Country "Bulgaria"
    Longitude 27.46781
    Internal 1
    Latitude 42.50606
    type "GTS major Pops"
  ]
  node [
    id 88
    label "Debrecen"
    Country "Hungary"
    Longitude 21.63333
    Internal 1
    Latitude 47.53333
    type "GTS major Pops"
  ]
  node [
    id 89
    label "Bors"
    Country "Romania"
    Longitude 21.81667
    Internal 1
    Latitude 47.11667
    type "GTS major Pops"
  ]
  node [
    id 90
    label "Haskovo"
    Country "Bulgaria"
    Longitude 25.56944
    Internal 1
    Latitude 41.94028
    type "GTS major Pops"
  ]
  node [
    id 91
    label "Wroclaw"
    Country "Poland"
    Longitude 17.03333
    Internal 1
    Latitude 51.1
    type "GTS major Pops"
  ]
  node [
    id 92
    label "Leszno"
    Country "Poland"
    Longitude 16.57494
    Internal 1
    Latitude 51.84034
    type "GTS major Pops"
  ]
  node [
    id 93
    label "Inowroclaw"
    Country "Poland"
    Longitude 18.26388
    Internal 1
    Latitude 52.79886
    type "GTS major Pops"
  ]
  node [
    id 94
    label "Poznan"
    Country "Poland"
    Longitude 16.96667
    Internal 1
    Latitude 52.41667
    type "GTS major Pops"
  ]
  node [
    id 95
    label "Tczew"
    Country "Poland"
    Longitude 18.77787
    Internal 1
    Latitude 54.09242
    type "GTS major Pops"
  ]
  node [
    id 96
    label "Bydgoszcz"
    Country "Poland"
    Longitude 18.00762
    Internal 1
    Latitude 53.1235
    type "GTS major Pops"
  ]
  node [
    id 97
    label "Wloclawek"
    Country "Poland"
    Longitude 19.0678
    Internal 1
    Latitude 52.64817
    type "GTS major Pops"
  ]
  node [
    id 98
    label "Olsztyn"
    Country "Poland"
    Longitude 20.48333
    Internal 1
    Latitude 53.78333
    type "GTS major Pops"
  ]
  node [
    id 99
    label "Konin"
    Country "Poland"
    Longitude 18.25121
    Internal 1
    Latitude 52.22338
    type "GTS major Pops"
  ]
  node [
    id 100
    label "Torun"
    Country "Poland"
    Longitude 18.59814
    Internal 1
    Latitude 53.01375
    type "GTS major Pops"
  ]
  node [
    id 101
    label "Lublin"
    Country "Poland"
    Longitude 22.56667
    Internal 1
    Latitude 51.25
    type "GTS major Pops"
  ]
  node [
    id 102
    label "Rzeszow"
    Country "Poland"
    Longitude 21.99901
    Internal 1
    Latitude 50.04132
    type "GTS major Pops"
  ]
  node [
    id 103
    label "Kutno"
    Country "Poland"
    Longitude 19.36409
    Internal 1
    Latitude 52.23064
    type "GTS major Pops"
  ]
  node [
    id 104
    label "Bialystok"
    Country "Poland"
    Longitude 23.15
    Internal 1
    Latitude 53.13333
    type "GTS major Pops"
  ]
  node [
    id 105
    label "Radom"
    Country "Poland"
    Longitude 21.14714
    Internal 1
    Latitude 51.40253
    type "GTS major Pops"
  ]
  node [
    id 106
    label "Lodz"
    Country "Poland"
    Longitude 19.46667
    Internal 1
    Latitude 51.75
    type "GTS major Pops"
  ]
  node [
    id 107
    label "Krakow"
    Country "Poland"
    Longitude 19.91667
    Internal 1
    Latitude 50.08333
    type "GTS major Pops"
  ]
  node [
    id 108
    label "Kielce"
    Country "Poland"
    Longitude 20.62752
    Internal 1
    Latitude 50.87033
    type "GTS major Pops"
  ]
  node [
    id 109
    label "Opole"
    Country "Poland"
    Longitude 17.95
    Internal 1
    Latitude 50.66667
    type "GTS major Pops"
  ]
  node [
    id 110
    label "Katowice"
    Country "Poland"
    Longitude 19.01667
    Internal 1
    Latitude 50.26667
    type "GTS major Pops"
  ]
  node [
    id 111
    label "Svilengrad"
    Country "Bulgaria"
    Longitude 26.2
    Internal 1
    Latitude 41.76667
    type "GTS major Pops"
  ]
  node [
    id 112
    label "Edirne"
    Country "Turkey"
    Longitude 26.55597
    Internal 1
    Latitude 41.67719
    type "GTS major Pops"
  ]
  node [
    id 113
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
    type "GTS major Pops"
  ]
  node [
    id 114
    label "Hodonin"
    Country "Czech Republic"
    Longitude 17.13244
    Internal 1
    Latitude 48.84893
    type "GTS major Pops"
  ]
  node [
    id 115
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
    type "GTS major Pops"
  ]
  node [
    id 116
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
    type "GTS major Pops"
  ]
  node [
    id 117
    label "Varna"
    Country "Bulgaria"
    Longitude 27.91667
    Internal 1
    Latitude 43.21667
    type "GTS major Pops"
  ]
  node [
    id 118
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
    type "GTS major Pops"
  ]
  node [
    id 119
    label "Jihlava"
    Country "Czech Republic"
    Longitude 15.59124
    Internal 1
    Latitude 49.3961
    type "GTS major Pops"
  ]
  node [
    id 120
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
    type "GTS major Pops"
  ]
  node [
    id 121
    label "Bielsko"
    Country "Poland"
    Longitude 19.03333
    Internal 1
    Latitude 49.81667
    type "GTS major Pops"
  ]
  node [
    id 122
    label "Most"
    Country "Czech Republic"
    Longitude 13.63617
    Internal 1
    Latitude 50.50301
    type "GTS major Pops"
  ]
  node [
    id 123
    label "Ljubljana"
    Country "Slovenia"
    Longitude 14.50513
    Internal 1
    Latitude 46.05108
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 124
    label "Zagreb"
    Country "Croatia"
    Longitude 15.97798
    Internal 1
    Latitude 45.81444
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 125
    label "Frankfurt am Main"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 126
    label "Moskva"
    Country "Russia"
    Longitude 37.61556
    Internal 1
    Latitude 55.75222
    type "Partnet Hubs"
  ]
  node [
    id 127
    label "Sankt Peterburg"
    Country "Russia"
    Longitude 30.26417
    Internal 1
    Latitude 59.89444
    type "Partnet Hubs"
  ]
  node [
    id 128
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
    type "Partnet Hubs"
  ]
  node [
    id 129
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 130
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 131
    label "Wien"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 132
    label "Berlin"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 133
    label "Pristina"
    Country "Kosovo"
    Longitude 21.16688
    Internal 1
    Latitude 42.67272
    type "Partnet Hubs"
  ]
  node [
    id 134
    label "Podgorica"
    Country "Montenegro"
    Longitude 19.26361
    Internal 1
    Latitude 42.44111
    type "Partnet Hubs"
  ]
  node [
    id 135
    label "Balikesir"
    Country "Turkey"
    Longitude 27.88611
    Internal 1
    Latitude 39.64917
    type "GTS major Pops"
  ]
  node [
    id 136
    label "Izmir"
    Country "Turkey"
    Longitude 27.13838
    Internal 1
    Latitude 38.41273
    type "GTS major Pops"
  ]
  node [
    id 137
    label "Thessaloniki"
    Country "Greece"
    Longitude 22.94389
    Internal 1
    Latitude 40.64028
    type "GTS major Pops"
  ]
  node [
    id 138
    label "Petrich"
    Country "Bulgaria"
    Longitude 23.21667
    Internal 1
    Latitude 41.4
    type "GTS major Pops"
  ]
  node [
    id 139
    label "Pleven"
    Country "Bulgaria"
    Longitude 24.61667
    Internal 1
    Latitude 43.41667
    type "GTS major Pops"
  ]
  node [
    id 140
    label "Plovdiv"
    Country "Bulgaria"
    Longitude 24.75
    Internal 1
    Latitude 42.15
    type "GTS major Pops"
  ]
  node [
    id 141
    label "Sarajevo"
    Country "Bosnia and Herzegovina"
    Longitude 18.35644
    Internal 1
    Latitude 43.84864
    type "Partnet Hubs"
  ]
  node [
    id 142
    label "Bucuresti"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 143
    label "Chisinau"
    Country "Moldova"
    Longitude 28.8575
    Internal 1
    Latitude 47.00556
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 144
    label "Sofia"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 145
    label "Istanbul"
    Country "Turkey"
    Longitude 28.94966
    Internal 1
    Latitude 41.01384
    type "GTS major Hubs and Colocation Centers"
  ]
  node [
    id 146
    label "Istanbul"
    Country "Turkey"
    Longitude 28.94966
    Internal 1
    Latitude 41.01384
    type "GTS major Pops"
  ]
  node [
    id 147
    label "Ankara"
    Country "Turkey"
    Longitude 32.85427
    Internal 1
    Latitude 39.91987
    type "Partnet Hubs"
  ]
  node [
    id 148
    label "Skopje"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
    type "Partnet Hubs"
  ]
  edge [
    source 0
    target 14
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 1
    target 17
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 2
    target 128
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 2
    target 3
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 3
    target 125
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 4
    target 16
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 4
    target 5
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 5
    target 6
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 6
    target 7
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 7
    target 8
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 8
    target 9
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 9
    target 14
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 10
    target 16
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 10
    target 46
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 11
    target 98
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 11
    target 100
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 11
    target 95
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 12
    target 117
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 13
    target 147
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 14
    target 94
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 15
    target 131
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 15
    target 125
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 16
    target 95
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 17
    target 132
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 17
    target 94
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 18
    target 41
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 18
    target 103
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 19
    target 59
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 19
    target 142
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 20
    target 80
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 20
    target 133
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 20
    target 134
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 20
    target 141
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 20
    target 144
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 20
    target 81
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 21
    target 26
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 21
    target 23
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 22
    target 142
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 22
    target 23
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 24
    target 81
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 24
    target 27
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 24
    target 25
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 25
    target 89
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 25
    target 50
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 26
    target 27
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 27
    target 144
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 28
    target 142
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 28
    target 54
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 29
    target 51
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 29
    target 139
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 29
    target 142
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 30
    target 126
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 31
    target 72
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 31
    target 62
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 32
    target 129
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 32
    target 35
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 33
    target 129
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 33
    target 61
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 34
    target 72
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 34
    target 73
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 35
    target 73
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 36
    target 75
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 36
    target 39
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 37
    target 122
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 37
    target 75
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 38
    target 76
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 38
    target 77
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 39
    target 70
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 40
    target 64
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 40
    target 65
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 40
    target 66
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 40
    target 63
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 41
    target 98
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 41
    target 101
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 41
    target 104
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 41
    target 105
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 41
    target 106
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 41
    target 44
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 41
    target 47
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 42
    target 43
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 42
    target 148
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 43
    target 137
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 44
    target 48
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 44
    target 45
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 45
    target 48
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 45
    target 128
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 49
    target 128
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 49
    target 127
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 50
    target 57
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 51
    target 117
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 51
    target 140
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 51
    target 87
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 52
    target 143
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 52
    target 53
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 52
    target 55
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 53
    target 58
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 54
    target 55
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 56
    target 57
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 56
    target 59
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 58
    target 142
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 58
    target 117
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 60
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 61
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 61
    target 62
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 62
    target 131
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 64
    target 65
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 64
    target 126
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 66
    target 102
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 67
    target 107
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 67
    target 102
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 68
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 68
    target 83
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 69
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 70
    target 120
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 70
    target 125
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 70
    target 118
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 70
    target 77
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 71
    target 88
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 71
    target 129
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 72
    target 123
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 74
    target 112
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 74
    target 145
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 76
    target 122
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 77
    target 116
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 78
    target 129
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 78
    target 85
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 79
    target 80
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 79
    target 81
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 79
    target 86
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 81
    target 82
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 82
    target 85
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 83
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 83
    target 84
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 84
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 86
    target 129
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 87
    target 112
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 87
    target 145
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 87
    target 117
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 88
    target 89
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 90
    target 140
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 90
    target 111
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 91
    target 92
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 91
    target 109
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 92
    target 94
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 93
    target 96
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 93
    target 100
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 93
    target 94
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 94
    target 99
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 95
    target 96
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 97
    target 100
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 97
    target 103
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 99
    target 103
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 101
    target 102
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 103
    target 106
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 105
    target 108
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 107
    target 108
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 107
    target 110
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 109
    target 110
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 110
    target 121
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 111
    target 112
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 112
    target 145
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 112
    target 135
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 113
    target 120
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 113
    target 116
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 114
    target 120
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 114
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 114
    target 115
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 115
    target 116
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 116
    target 121
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 118
    target 119
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 119
    target 120
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 120
    target 130
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 123
    target 131
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 123
    target 124
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 124
    target 131
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 124
    target 141
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 125
    target 132
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 125
    target 131
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 126
    target 127
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 130
    target 131
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 133
    target 148
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 133
    target 141
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 134
    target 141
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 135
    target 136
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 135
    target 146
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 136
    target 147
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 137
    target 138
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 138
    target 140
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 139
    target 144
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 140
    target 144
    LinkLabel "GTS CE own Network"
  ]
  edge [
    source 144
    target 148
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 145
    target 146
    LinkLabel "GTS PCE Partner's Network"
  ]
  edge [
    source 146
    target 147
    LinkLabel "GTS PCE Partner's Network"
  ]
]
