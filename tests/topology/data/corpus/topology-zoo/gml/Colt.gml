graph [
  DateObtained "6/11/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "Colt Telecom "
  Provenance "Primary"
  Access 0
  Source "http://www.colt.net/oracleUCM/groups/public/documents/digitalasset/colt_011195.pdf"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Colt"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Linz"
    Country "Austria"
    Longitude 14.28611
    Internal 1
    Latitude 48.30639
    type "Colt connected City"
  ]
  node [
    id 1
    label "St Pollen"
    Country "Switzerland"
    Longitude 9.37477
    Internal 1
    Latitude 47.42391
    type "Colt connected City"
  ]
  node [
    id 2
    label "Rostock"
    Country "Germany"
    Longitude 12.14049
    Internal 1
    Latitude 54.0887
    type "Colt connected City"
  ]
  node [
    id 3
    label "Potsdam"
    Country "Germany"
    Longitude 13.06566
    Internal 1
    Latitude 52.39886
    type "Colt connected City"
  ]
  node [
    id 4
    label "Leipzig"
    Country "Germany"
    Longitude 12.37129
    Internal 1
    Latitude 51.33962
    type "Colt connected City"
  ]
  node [
    id 5
    label "Dresden"
    Country "Germany"
    Longitude 13.73832
    Internal 1
    Latitude 51.05089
    type "Colt connected City"
  ]
  node [
    id 6
    label "Krakov"
    Country "Poland"
    Longitude 19.91667
    Internal 1
    Latitude 50.08333
    type "Colt connected City"
  ]
  node [
    id 7
    label "Warsaw"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
    type "Colt connected City"
  ]
  node [
    id 8
    label "Nuremberg"
    Country "Germany"
    Longitude 11.06833
    Internal 1
    Latitude 49.44778
    type "Colt connected City"
  ]
  node [
    id 9
    label "Erding"
    Country "Germany"
    Longitude 11.90686
    Internal 1
    Latitude 48.30603
    type "Colt connected City"
  ]
  node [
    id 10
    label "Vienna"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
    type "MAN"
  ]
  node [
    id 11
    label "Prague"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
    type "MAN"
  ]
  node [
    id 12
    label "Mannheim"
    Country "Germany"
    Longitude 8.46472
    Internal 1
    Latitude 49.48833
    type "Colt connected City"
  ]
  node [
    id 13
    label "Munich"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
    type "MAN"
  ]
  node [
    id 14
    label "Cologne"
    Country "Germany"
    Longitude 6.95
    Internal 1
    Latitude 50.93333
    type "MAN"
  ]
  node [
    id 15
    label "The Hague"
    Country "Netherlands"
    Longitude 4.29861
    Internal 1
    Latitude 52.07667
    type "MAN"
  ]
  node [
    id 16
    label "Hannover"
    Country "Germany"
    Longitude 9.73322
    Internal 1
    Latitude 52.37052
    type "MAN"
  ]
  node [
    id 17
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
    type "MAN"
  ]
  node [
    id 18
    label "Antwerp"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
    type "MAN"
  ]
  node [
    id 19
    label "Rotterdam"
    Country "Netherlands"
    Longitude 4.47917
    Internal 1
    Latitude 51.9225
    type "MAN"
  ]
  node [
    id 20
    label "Sintra"
    Country "Portugal"
    Longitude -9.37826
    Internal 1
    Latitude 38.80097
    type "Colt connected City"
  ]
  node [
    id 21
    label "Catania"
    Country "Italy"
    Longitude 15.08719
    Internal 1
    Latitude 37.50213
    type "Colt connected City"
  ]
  node [
    id 22
    label "Porto"
    Country "Portugal"
    Longitude -8.61667
    Internal 1
    Latitude 41.15
    type "MAN"
  ]
  node [
    id 23
    label "Lisbon"
    Country "Portugal"
    Longitude -9.13333
    Internal 1
    Latitude 38.71667
    type "Data Centre and MAN"
  ]
  node [
    id 24
    label "Sassari"
    Country "Italy"
    Longitude 8.56028
    Internal 1
    Latitude 40.72722
    type "Colt connected City"
  ]
  node [
    id 25
    label "Bari"
    Country "Italy"
    Longitude 16.85118
    Internal 1
    Latitude 41.11773
    type "Colt connected City"
  ]
  node [
    id 26
    label "Palermo"
    Country "Italy"
    Longitude 13.35976
    Internal 1
    Latitude 38.11582
    type "Colt connected City"
  ]
  node [
    id 27
    label "Cagliari"
    Country "Italy"
    Longitude 9.13462
    Internal 1
    Latitude 39.20738
    type "Colt connected City"
  ]
  node [
    id 28
    label "Boston"
    Country "United Kingdom"
    Longitude -0.01667
    Internal 1
    Latitude 52.98333
    type "Colt connected City"
  ]
  node [
    id 29
    label "Chicago"
    Country "Sweden"
    Longitude 16.43333
    Internal 1
    Latitude 59.38333
    type "Colt connected City"
  ]
  node [
    id 30
    label "Karlsruhe"
    Country "Germany"
    Longitude 8.38583
    Internal 1
    Latitude 49.00472
    type "Colt connected City"
  ]
  node [
    id 31
    label "Boblingen"
    Country "Germany"
    Longitude 9.01667
    Internal 1
    Latitude 48.68333
    type "Colt connected City"
  ]
  node [
    id 32
    label "Pfaffikon"
    Country "Switzerland"
    Longitude 8.79202
    Internal 1
    Latitude 47.36453
    type "Colt connected City"
  ]
  node [
    id 33
    label "St Gallen"
    Country "Switzerland"
    Longitude 9.37614
    Internal 1
    Latitude 47.42971
    type "Colt connected City"
  ]
  node [
    id 34
    label "Esslingen"
    Country "Germany"
    Longitude 9.30473
    Internal 1
    Latitude 48.73961
    type "Colt connected City"
  ]
  node [
    id 35
    label "Winterthur"
    Country "Switzerland"
    Longitude 8.75
    Internal 1
    Latitude 47.5
    type "Colt connected City"
  ]
  node [
    id 36
    label "Lausanne"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
    type "Colt connected City"
  ]
  node [
    id 37
    label "Biel/Bienne"
    Country "Switzerland"
    Longitude 7.24411
    Internal 1
    Latitude 47.1324
    type "Colt connected City"
  ]
  node [
    id 38
    label "Schaffhausen"
    Country "Switzerland"
    Longitude 8.63333
    Internal 1
    Latitude 47.7
    type "Colt connected City"
  ]
  node [
    id 39
    label "Nyon"
    Country "Switzerland"
    Longitude 6.23955
    Internal 1
    Latitude 46.38318
    type "Colt connected City"
  ]
  node [
    id 40
    label "Charleroi"
    Country "Belgium"
    Longitude 4.43333
    Internal 1
    Latitude 50.41667
    type "Colt connected City"
  ]
  node [
    id 41
    label "Liege"
    Country "Belgium"
    Longitude 5.57178
    Internal 1
    Latitude 50.64119
    type "Colt connected City"
  ]
  node [
    id 42
    label "Anderlecht"
    Country "Belgium"
    Longitude 4.31454
    Internal 1
    Latitude 50.83619
    type "Colt connected City"
  ]
  node [
    id 43
    label "Mons"
    Country "Belgium"
    Longitude 3.95229
    Internal 1
    Latitude 50.45413
    type "Colt connected City"
  ]
  node [
    id 44
    label "Leuven"
    Country "Belgium"
    Longitude 4.70093
    Internal 1
    Latitude 50.87959
    type "Colt connected City"
  ]
  node [
    id 45
    label "Eindhoven"
    Country "Netherlands"
    Longitude 5.47778
    Internal 1
    Latitude 51.44083
    type "Colt connected City"
  ]
  node [
    id 46
    label "Luxembourg"
    Country "Luxembourg"
    Longitude 6.13
    Internal 1
    Latitude 49.61167
    type "Colt connected City"
  ]
  node [
    id 47
    label "Evere"
    Country "Belgium"
    Longitude 4.4
    Internal 1
    Latitude 50.86667
    type "Colt connected City"
  ]
  node [
    id 48
    label "Breda"
    Country "Netherlands"
    Longitude 4.77596
    Internal 1
    Latitude 51.58656
    type "Colt connected City"
  ]
  node [
    id 49
    label "Den Bosch"
    Country "Netherlands"
    Longitude 5.30417
    Internal 1
    Latitude 51.69917
    type "Colt connected City"
  ]
  node [
    id 50
    label "Copenhagen"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
    type "Data Centre and MAN"
  ]
  node [
    id 51
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
    type "Data Centre and MAN"
  ]
  node [
    id 52
    label "Malmo"
    Country "Sweden"
    Longitude 13.00073
    Internal 1
    Latitude 55.60587
    type "Colt connected City"
  ]
  node [
    id 53
    label "Aarhus"
    Country "Denmark"
    Longitude 10.21076
    Internal 1
    Latitude 56.15674
    type "Colt connected City"
  ]
  node [
    id 54
    label "Newark"
    Country "United Kingdom"
    Longitude -0.81667
    Internal 1
    Latitude 53.06667
    type "Colt connected City"
  ]
  node [
    id 55
    label "New York"
    Country "United Kingdom"
    Longitude -0.14008
    Internal 1
    Latitude 53.07897
    type "Colt connected City"
  ]
  node [
    id 56
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
    type "MAN"
  ]
  node [
    id 57
    label "Helsinki"
    Country "Finland"
    Longitude 24.93545
    Internal 1
    Latitude 60.16952
    type "Colt connected City"
  ]
  node [
    id 58
    label "Gothenburg"
    Country "Sweden"
    Longitude 11.96679
    Internal 1
    Latitude 57.70716
    type "Colt connected City"
  ]
  node [
    id 59
    label "Oslo"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
    type "Colt connected City"
  ]
  node [
    id 60
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 61
    label "Brindisi"
    Country "Italy"
    Longitude 17.93682
    Internal 1
    Latitude 40.62773
    type "Colt connected City"
  ]
  node [
    id 62
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 63
    label "Lucerne"
    Country "Switzerland"
    Longitude 8.30635
    Internal 1
    Latitude 47.05048
    type "Colt connected City"
  ]
  node [
    id 64
    label "Chiasso"
    Country "Switzerland"
    Longitude 9.03333
    Internal 1
    Latitude 45.83333
    type "Colt connected City"
  ]
  node [
    id 65
    label "Piacenza"
    Country "Italy"
    Longitude 9.69937
    Internal 1
    Latitude 45.04676
    type "Colt connected City"
  ]
  node [
    id 66
    label "Genova"
    Country "Italy"
    Longitude 8.93386
    Internal 1
    Latitude 44.40632
    type "Colt connected City"
  ]
  node [
    id 67
    label "Livorno"
    Country "Italy"
    Longitude 10.316
    Internal 1
    Latitude 43.54264
    type "Colt connected City"
  ]
  node [
    id 68
    label "Firenze"
    Country "Italy"
    Longitude 11.25
    Internal 1
    Latitude 43.76667
    type "Colt connected City"
  ]
  node [
    id 69
    label "Rimini"
    Country "Italy"
    Longitude 12.58083
    Internal 1
    Latitude 44.06333
    type "Colt connected City"
  ]
  node [
    id 70
    label "Parma"
    Country "Italy"
    Longitude 10.32898
    Internal 1
    Latitude 44.80266
    type "Colt connected City"
  ]
  node [
    id 71
    label "Varese"
    Country "Italy"
    Longitude 8.82193
    Internal 1
    Latitude 45.82908
    type "Colt connected City"
  ]
  node [
    id 72
    label "Como"
    Country "Italy"
    Longitude 9.08744
    Internal 1
    Latitude 45.80998
    type "Colt connected City"
  ]
  node [
    id 73
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 74
    label "Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
    type "Data Centre and MAN"
  ]
  node [
    id 75
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
    type "MAN"
  ]
  node [
    id 76
    label "Manchester"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
    type "MAN"
  ]
  node [
    id 77
    label "Birmingham"
    Country "United Kingdom"
    Longitude -1.91667
    Internal 1
    Latitude 52.46667
    type "MAN"
  ]
  node [
    id 78
    label "Ghent"
    Country "Belgium"
    Longitude 3.71667
    Internal 1
    Latitude 51.05
    type "MAN"
  ]
  node [
    id 79
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 80
    label "Valencia"
    Country "Spain"
    Longitude -0.37739
    Internal 1
    Latitude 39.46975
    type "MAN"
  ]
  node [
    id 81
    label "Rome"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
    type "MAN"
  ]
  node [
    id 82
    label "Marseille"
    Country "France"
    Longitude 5.38107
    Internal 1
    Latitude 43.29695
    type "MAN"
  ]
  node [
    id 83
    label "Nice"
    Country "France"
    Longitude 7.26608
    Internal 1
    Latitude 43.70313
    type "Colt connected City"
  ]
  node [
    id 84
    label "Montpellier"
    Country "France"
    Longitude 3.88333
    Internal 1
    Latitude 43.6
    type "Colt connected City"
  ]
  node [
    id 85
    label "Grenoble"
    Country "France"
    Longitude 5.71667
    Internal 1
    Latitude 45.16667
    type "Colt connected City"
  ]
  node [
    id 86
    label "Bordeaux"
    Country "France"
    Longitude -0.56667
    Internal 1
    Latitude 44.83333
    type "Colt connected City"
  ]
  node [
    id 87
    label "Borgomanero"
    Country "Italy"
    Longitude 8.45813
    Internal 1
    Latitude 45.70237
    type "Colt connected City"
  ]
  node [
    id 88
    label "Novara"
    Country "Italy"
    Longitude 8.61684
    Internal 1
    Latitude 45.44056
    type "Colt connected City"
  ]
  node [
    id 89
    label "Biella"
    Country "Italy"
    Longitude 8.05002
    Internal 1
    Latitude 45.55986
    type "Colt connected City"
  ]
  node [
    id 90
    label "Cuneo"
    Country "Italy"
    Longitude 7.54453
    Internal 1
    Latitude 44.39733
    type "Colt connected City"
  ]
  node [
    id 91
    label "Reading"
    Country "United Kingdom"
    Longitude -0.97113
    Internal 1
    Latitude 51.45625
    type "Colt connected City"
  ]
  node [
    id 92
    label "Kolding"
    Country "Denmark"
    Longitude 9.47216
    Internal 1
    Latitude 55.4904
    type "Colt connected City"
  ]
  node [
    id 93
    label "Napoli"
    Country "Italy"
    Longitude 14.25
    Internal 1
    Latitude 40.83333
    type "Colt connected City"
  ]
  node [
    id 94
    label "Ostend"
    Country "Belgium"
    Longitude 2.91185
    Internal 1
    Latitude 51.22339
    type "Colt connected City"
  ]
  node [
    id 95
    label "Venezia"
    Country "Italy"
    Longitude 12.32667
    Internal 1
    Latitude 45.43861
    type "Colt connected City"
  ]
  node [
    id 96
    label "Treviso"
    Country "Italy"
    Longitude 12.245
    Internal 1
    Latitude 45.66667
    type "Colt connected City"
  ]
  node [
    id 97
    label "Graz"
    Country "Austria"
    Longitude 15.45
    Internal 1
    Latitude 47.06667
    type "Colt connected City"
  ]
  node [
    id 98
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
    type "Colt connected City"
  ]
  node [
    id 99
    label "Salzburg"
    Country "Austria"
    Longitude 13.04399
    Internal 1
    Latitude 47.79941
    type "Colt connected City"
  ]
  node [
    id 100
    label "Klagenfurt"
    Country "Austria"
    Longitude 14.30528
    Internal 1
    Latitude 46.62472
    type "Colt connected City"
  ]
  node [
    id 101
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
    type "Colt connected City"
  ]
  node [
    id 102
    label "Innsbruck"
    Country "Austria"
    Longitude 11.39454
    Internal 1
    Latitude 47.26266
    type "Colt connected City"
  ]
  node [
    id 103
    label "Trento"
    Country "Italy"
    Longitude 11.12108
    Internal 1
    Latitude 46.06787
    type "Colt connected City"
  ]
  node [
    id 104
    label "Bucharest"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
    type "Colt connected City"
  ]
  node [
    id 105
    label "Modena"
    Country "Italy"
    Longitude 10.92539
    Internal 1
    Latitude 44.64783
    type "Colt connected City"
  ]
  node [
    id 106
    label "Reggio Emilia"
    Country "Italy"
    Longitude 10.63125
    Internal 1
    Latitude 44.69825
    type "Colt connected City"
  ]
  node [
    id 107
    label "Padova"
    Country "Italy"
    Longitude 11.88181
    Internal 1
    Latitude 45.41519
    type "Colt connected City"
  ]
  node [
    id 108
    label "Bologna"
    Country "Italy"
    Longitude 11.33875
    Internal 1
    Latitude 44.49381
    type "Colt connected City"
  ]
  node [
    id 109
    label "Bergamo"
    Country "Italy"
    Longitude 9.66895
    Internal 1
    Latitude 45.69798
    type "Colt connected City"
  ]
  node [
    id 110
    label "Monza"
    Country "Italy"
    Longitude 9.27485
    Internal 1
    Latitude 45.58248
    type "Colt connected City"
  ]
  node [
    id 111
    label "Verona"
    Country "Italy"
    Longitude 10.99779
    Internal 1
    Latitude 45.43419
    type "Colt connected City"
  ]
  node [
    id 112
    label "Brescia"
    Country "Italy"
    Longitude 10.22727
    Internal 1
    Latitude 45.52478
    type "Colt connected City"
  ]
  node [
    id 113
    label "Trieste"
    Country "Italy"
    Longitude 13.78
    Internal 1
    Latitude 45.64861
    type "Colt connected City"
  ]
  node [
    id 114
    label "Vicenza"
    Country "Italy"
    Longitude 11.5409
    Internal 1
    Latitude 45.55729
    type "Colt connected City"
  ]
  node [
    id 115
    label "Lille"
    Country "France"
    Longitude 3.06667
    Internal 1
    Latitude 50.63333
    type "Colt connected City"
  ]
  node [
    id 116
    label "Kortnijk"
    Country "Belgium"
    Longitude 3.26487
    Internal 1
    Latitude 50.82803
    type "Colt connected City"
  ]
  node [
    id 117
    label "Basel"
    Country "Switzerland"
    Longitude 7.6
    Internal 1
    Latitude 47.56667
    type "MAN"
  ]
  node [
    id 118
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
    type "MAN"
  ]
  node [
    id 119
    label "Stuttgart"
    Country "Germany"
    Longitude 9.17702
    Internal 1
    Latitude 48.78232
    type "MAN"
  ]
  node [
    id 120
    label "Bern"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
    type "MAN"
  ]
  node [
    id 121
    label "Nantes"
    Country "France"
    Longitude -1.55336
    Internal 1
    Latitude 47.21725
    type "MAN"
  ]
  node [
    id 122
    label "Toulouse"
    Country "France"
    Longitude 1.44367
    Internal 1
    Latitude 43.60426
    type "MAN"
  ]
  node [
    id 123
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
    type "MAN"
  ]
  node [
    id 124
    label "Geneve"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
    type "MAN"
  ]
  node [
    id 125
    label "Zug"
    Country "Switzerland"
    Longitude 8.51667
    Internal 1
    Latitude 47.16667
    type "MAN"
  ]
  node [
    id 126
    label "Lugano"
    Country "Switzerland"
    Longitude 8.96004
    Internal 1
    Latitude 46.01008
    type "MAN"
  ]
  node [
    id 127
    label "Bremen"
    Country "Germany"
    Longitude 8.80777
    Internal 1
    Latitude 53.07516
    type "Colt connected City"
  ]
  node [
    id 128
    label "Magdemburg"
    Country "Germany"
    Longitude 11.66667
    Internal 1
    Latitude 52.16667
    type "Colt connected City"
  ]
  node [
    id 129
    label "Utrecht"
    Country "Netherlands"
    Longitude 5.12222
    Internal 1
    Latitude 52.09083
    type "Colt connected City"
  ]
  node [
    id 130
    label "Almere"
    Country "Netherlands"
    Longitude 5.21413
    Internal 1
    Latitude 52.37025
    type "Colt connected City"
  ]
  node [
    id 131
    label "Hilversum"
    Country "Netherlands"
    Longitude 5.17639
    Internal 1
    Latitude 52.22333
    type "Colt connected City"
  ]
  node [
    id 132
    label "Hoofddorp"
    Country "Netherlands"
    Longitude 4.68889
    Internal 1
    Latitude 52.3025
    type "Colt connected City"
  ]
  node [
    id 133
    label "Neuss"
    Country "Germany"
    Longitude 6.68333
    Internal 1
    Latitude 51.2
    type "Colt connected City"
  ]
  node [
    id 134
    label "Wuppertal"
    Country "Germany"
    Longitude 7.18333
    Internal 1
    Latitude 51.26667
    type "Colt connected City"
  ]
  node [
    id 135
    label "Dortmund"
    Country "Germany"
    Longitude 7.45
    Internal 1
    Latitude 51.51667
    type "Colt connected City"
  ]
  node [
    id 136
    label "Essen"
    Country "Germany"
    Longitude 7.01667
    Internal 1
    Latitude 51.45
    type "Colt connected City"
  ]
  node [
    id 137
    label "Barcelona"
    Country "Spain"
    Longitude 2.15899
    Internal 1
    Latitude 41.38879
    type "Data Centre and MAN"
  ]
  node [
    id 138
    label "Turin"
    Country "Italy"
    Longitude 7.68682
    Internal 1
    Latitude 45.07049
    type "Data Centre and MAN"
  ]
  node [
    id 139
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Data Centre and MAN"
  ]
  node [
    id 140
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Data Centre and MAN"
  ]
  node [
    id 141
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Data Centre and MAN"
  ]
  node [
    id 142
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Data Centre and MAN"
  ]
  node [
    id 143
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "Data Centre and MAN"
  ]
  node [
    id 144
    label "Berlin"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
    type "Data Centre and MAN"
  ]
  node [
    id 145
    label "Dijon"
    Country "France"
    Longitude 5.01667
    Internal 1
    Latitude 47.31667
    type "Colt connected City"
  ]
  node [
    id 146
    label "Tours"
    Country "France"
    Longitude 0.68333
    Internal 1
    Latitude 47.38333
    type "Colt connected City"
  ]
  node [
    id 147
    label "Poitiers"
    Country "France"
    Longitude 0.33333
    Internal 1
    Latitude 46.58333
    type "Colt connected City"
  ]
  node [
    id 148
    label "Rennes"
    Country "France"
    Longitude -1.68333
    Internal 1
    Latitude 48.08333
    type "Colt connected City"
  ]
  node [
    id 149
    label "Rouen"
    Country "France"
    Longitude 1.09932
    Internal 1
    Latitude 49.44313
    type "Colt connected City"
  ]
  node [
    id 150
    label "Bristol"
    Country "United Kingdom"
    Longitude -2.58333
    Internal 1
    Latitude 51.45
    type "Colt connected City"
  ]
  node [
    id 151
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
    type "Data Centre and MAN"
  ]
  node [
    id 152
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
    type "Data Centre and MAN"
  ]
  edge [
    source 0
    target 1
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 0
    target 10
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 0
    target 99
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 0
    target 99
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 2
    target 144
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 2
    target 51
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 3
    target 144
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 3
    target 144
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 4
    target 8
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 5
    target 144
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 5
    target 11
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 6
    target 11
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 7
    target 144
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 8
    target 13
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 97
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 97
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 98
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 98
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 101
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 11
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 10
    target 13
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 12
    target 141
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 12
    target 30
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 13
    target 119
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 14
    target 17
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 14
    target 141
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 15
    target 18
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 15
    target 19
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 15
    target 132
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 16
    target 51
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 16
    target 60
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 17
    target 136
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 17
    target 134
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 17
    target 133
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 17
    target 133
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 17
    target 143
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 18
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 19
    target 49
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 20
    target 23
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 21
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 22
    target 23
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 23
    target 151
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 23
    target 151
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 24
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 25
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 26
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 27
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 28
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 28
    target 29
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 30
    target 118
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 30
    target 119
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 31
    target 119
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 31
    target 119
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 32
    target 33
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 32
    target 35
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 33
    target 74
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 33
    target 38
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 34
    target 119
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 34
    target 119
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 35
    target 74
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 36
    target 73
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 36
    target 39
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 37
    target 73
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 38
    target 74
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 39
    target 124
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 40
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 41
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 42
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 43
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 44
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 45
    target 49
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 46
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 47
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 48
    target 49
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 49
    target 129
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 50
    target 56
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 50
    target 58
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 50
    target 51
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 50
    target 52
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 50
    target 53
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 51
    target 136
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 51
    target 53
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 51
    target 92
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 51
    target 127
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 51
    target 127
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 53
    target 92
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 54
    target 139
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 54
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 54
    target 55
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 55
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 56
    target 57
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 56
    target 57
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 56
    target 59
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 58
    target 59
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 60
    target 128
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 60
    target 144
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 61
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 62
    target 115
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 62
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 62
    target 94
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 63
    target 125
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 63
    target 126
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 64
    target 72
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 64
    target 126
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 65
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 66
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 66
    target 68
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 67
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 68
    target 81
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 68
    target 108
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 69
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 70
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 71
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 72
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 73
    target 120
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 73
    target 117
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 74
    target 117
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 74
    target 125
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 75
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 75
    target 150
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 76
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 76
    target 77
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 77
    target 150
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 78
    target 115
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 78
    target 94
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 78
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 79
    target 137
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 79
    target 122
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 79
    target 84
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 80
    target 137
    LinkLabel "Shared service operations"
  ]
  edge [
    source 80
    target 151
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 81
    target 107
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 81
    target 93
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 82
    target 123
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 82
    target 138
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 82
    target 83
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 82
    target 84
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 85
    target 123
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 86
    target 121
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 86
    target 122
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 86
    target 151
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 87
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 88
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 89
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 90
    target 138
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 91
    target 140
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 91
    target 150
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 95
    target 107
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 96
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 97
    target 100
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 97
    target 100
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 98
    target 101
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 99
    target 102
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 99
    target 102
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 101
    target 104
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 101
    target 104
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 103
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 105
    target 106
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 105
    target 108
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 106
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 107
    target 111
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 109
    target 112
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 109
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 110
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 111
    target 112
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 113
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 114
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 115
    target 139
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 116
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 117
    target 118
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 118
    target 139
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 121
    target 148
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 123
    target 145
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 123
    target 139
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 123
    target 124
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 129
    target 131
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 130
    target 143
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 131
    target 143
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 132
    target 143
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 134
    target 135
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 135
    target 136
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 138
    target 152
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 139
    target 146
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 139
    target 149
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 140
    target 142
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 146
    target 147
    LinkLabel "Operational network managed end-to-end"
  ]
  edge [
    source 148
    target 149
    LinkLabel "Operational network managed end-to-end"
  ]
]
