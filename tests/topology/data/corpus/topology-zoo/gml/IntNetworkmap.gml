graph [
  DateObtained "19/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  SvnVersion 8057
  Customer 1
  Network "Viatel"
  Classification "Backbone Transit Customer"
  Creator "Topology Zoo Toolset"
  LastAccess "3/08/10"
  Transit 1
  Backbone 1
  Commercial 0
  Layer "Fibre"
  NetworkDate "2008"
  Access 0
  Source "http://www.vtlwavenet.com/assets/INT_Networkmap.pdf"
  Version "1.0"
  Testbed 0
  Developed "multi"
  label "INT_Networkmap"
  Type "COM"
  node [
    id 0
    label "Columbus"
  ]
  node [
    id 1
    label "Elten"
    type "Transmission Site"
  ]
  node [
    id 2
    label "Leersum/Doorn??"
    type "Transmission Site"
  ]
  node [
    id 3
    label "Kapella"
    type "Transmission Site"
  ]
  node [
    id 4
    label "Porz"
    type "Transmission Site"
  ]
  node [
    id 5
    label "Linz"
    type "Transmission Site"
  ]
  node [
    id 6
    label "Dernbach"
    type "Transmission Site"
  ]
  node [
    id 7
    label "Naurod"
    type "Transmission Site"
  ]
  node [
    id 8
    label "Berg"
    type "Transmission Site"
  ]
  node [
    id 9
    label "Xouxange"
    type "Transmission Site"
  ]
  node [
    id 10
    label "Troussey"
    type "Transmission Site"
  ]
  node [
    id 11
    label "Revigny"
    type "Transmission Site"
  ]
  node [
    id 12
    label "Conde-sur-Marne"
    type "Transmission Site"
  ]
  node [
    id 13
    label "Azy-sur-Marne"
    type "Transmission Site"
  ]
  node [
    id 14
    label "Meaux"
    type "Transmission Site"
  ]
  node [
    id 15
    label "Thourotte"
    type "Transmission Site"
  ]
  node [
    id 16
    label "Courrieres"
    type "Transmission Site"
  ]
  node [
    id 17
    label "Leers-Nord Estampuis"
    type "Transmission Site"
  ]
  node [
    id 18
    label "Antoing (NMBS)"
    type "Transmission Site"
  ]
  node [
    id 19
    label "Gent"
    type "Transmission Site"
  ]
  node [
    id 20
    label "Antwerp"
    type "Transmission Site"
  ]
  node [
    id 21
    label "Essen"
    type "Transmission Site"
  ]
  node [
    id 22
    label "Zandvoort"
    type "Transmission Site"
  ]
  node [
    id 23
    label "Pakenham"
    type "Transmission Site"
  ]
  node [
    id 24
    label "Snow Hill"
    type "Transmission Site"
  ]
  node [
    id 25
    label "Polegate"
    type "Transmission Site"
  ]
  node [
    id 26
    label "Cayeux-sure-Mer"
    type "Transmission Site"
  ]
  node [
    id 27
    label "L'Isle Adam"
    type "Transmission Site"
  ]
  node [
    id 28
    label "Corbeil"
    type "Transmission Site"
  ]
  node [
    id 29
    label "St-Martin"
    type "Transmission Site"
  ]
  node [
    id 30
    label "Artenay (Orleans)"
    type "Transmission Site"
  ]
  node [
    id 31
    label "Souppes"
    type "Transmission Site"
  ]
  node [
    id 32
    label "Briare"
    type "Transmission Site"
  ]
  node [
    id 33
    label "Nevers"
    type "Transmission Site"
  ]
  node [
    id 34
    label "Bourbon"
    type "Transmission Site"
  ]
  node [
    id 35
    label "Charolles"
    type "Transmission Site"
  ]
  node [
    id 36
    label "Belleville"
    type "Transmission Site"
  ]
  node [
    id 37
    label "Sault Brenaz"
    type "Transmission Site"
  ]
  node [
    id 38
    label "Lavours"
    type "Transmission Site"
  ]
  node [
    id 39
    label "Ependes"
    type "Transmission Site"
  ]
  node [
    id 40
    label "Olten"
    type "Transmission Site"
  ]
  node [
    id 41
    label "Nambsheim"
    type "Transmission Site"
  ]
  node [
    id 42
    label "Blois"
    type "Transmission Site"
  ]
  node [
    id 43
    label "Veretz (Tours)"
    type "Transmission Site"
  ]
  node [
    id 44
    label "Availles (Poiters)"
    type "Transmission Site"
  ]
  node [
    id 45
    label "Blanzay"
    type "Transmission Site"
  ]
  node [
    id 46
    label "Nersac"
    type "Transmission Site"
  ]
  node [
    id 47
    label "St-Christophe"
    type "Transmission Site"
  ]
  node [
    id 48
    label "Meilhan"
    type "Transmission Site"
  ]
  node [
    id 49
    label "Bon-Encontre"
    type "Transmission Site"
  ]
  node [
    id 50
    label "Grisolles"
    type "Transmission Site"
  ]
  node [
    id 51
    label "Avignonet"
    type "Transmission Site"
  ]
  node [
    id 52
    label "Marseillette"
    type "Transmission Site"
  ]
  node [
    id 53
    label "Poilhes"
    type "Transmission Site"
  ]
  node [
    id 54
    label "Sete (Montpellier)"
    type "Transmission Site"
  ]
  node [
    id 55
    label "Pichegu"
    type "Transmission Site"
  ]
  node [
    id 56
    label "Marseille"
    type "Transmission Site"
  ]
  node [
    id 57
    label "Cazan"
    type "Transmission Site"
  ]
  node [
    id 58
    label "Montfaucon"
    type "Transmission Site"
  ]
  node [
    id 59
    label "Monetlimar"
    type "Transmission Site"
  ]
  node [
    id 60
    label "Andancette"
    type "Transmission Site"
  ]
  node [
    id 61
    label "Dusseldorf"
    type "Point of Presence"
  ]
  node [
    id 62
    label "Internexion"
    type "Point of Presence"
  ]
  node [
    id 63
    label "Frankfurt"
    type "Point of Presence"
  ]
  node [
    id 64
    label "Mannheim"
    type "Point of Presence"
  ]
  node [
    id 65
    label "Strasbourg"
    type "Point of Presence"
  ]
  node [
    id 66
    label "Nancy"
    type "Point of Presence"
  ]
  node [
    id 67
    label "Basel"
    type "Point of Presence"
  ]
  node [
    id 68
    label "Zurich"
    type "Point of Presence"
  ]
  node [
    id 69
    label "Bern"
    type "Point of Presence"
  ]
  node [
    id 70
    label "Geneva"
    type "Point of Presence"
  ]
  node [
    id 71
    label "Paris La Defense)"
    type "Point of Presence"
  ]
  node [
    id 72
    label "Paris (35Rdj)"
    type "Point of Presence"
  ]
  node [
    id 73
    label "Biaches"
    type "Point of Presence"
  ]
  node [
    id 74
    label "Amiens"
    type "Point of Presence"
  ]
  node [
    id 75
    label "Crawley"
    type "Point of Presence"
  ]
  node [
    id 76
    label "Egham"
    type "Point of Presence"
  ]
  node [
    id 77
    label "London Telehouse North"
    type "Point of Presence"
  ]
  node [
    id 78
    label "Lowestoft"
    type "Point of Presence"
  ]
  node [
    id 79
    label "Amsterdam (Schipluidlaan/Deflandlaan)"
    type "Point of Presence"
  ]
  node [
    id 80
    label "Rotterdam"
    type "Point of Presence"
  ]
  node [
    id 81
    label "Brussels Tollaan"
    type "Point of Presence"
  ]
  node [
    id 82
    label "Brussels MIDI (NMBS)"
    type "Point of Presence"
  ]
  node [
    id 83
    label "Toulouse"
    type "Point of Presence"
  ]
  node [
    id 84
    label "Bordeaux"
    type "Point of Presence"
  ]
  node [
    id 85
    label "Marseille"
    type "Point of Presence"
  ]
  node [
    id 86
    label ""
    hyperedge 1
  ]
  node [
    id 87
    label "Lyon"
    type "Point of Presence"
  ]
  node [
    id 88
    label "Antwerp (NMBS)"
    type "Point of Presence"
  ]
  edge [
    source 1
    target 2
  ]
  edge [
    source 1
    target 3
  ]
  edge [
    source 2
    target 79
  ]
  edge [
    source 3
    target 61
  ]
  edge [
    source 4
    target 5
  ]
  edge [
    source 4
    target 61
  ]
  edge [
    source 5
    target 6
  ]
  edge [
    source 6
    target 7
  ]
  edge [
    source 7
    target 63
  ]
  edge [
    source 8
    target 64
  ]
  edge [
    source 8
    target 65
  ]
  edge [
    source 9
    target 65
  ]
  edge [
    source 9
    target 66
  ]
  edge [
    source 10
    target 66
  ]
  edge [
    source 10
    target 11
  ]
  edge [
    source 11
    target 12
  ]
  edge [
    source 12
    target 13
  ]
  edge [
    source 13
    target 14
  ]
  edge [
    source 14
    target 72
  ]
  edge [
    source 15
    target 73
  ]
  edge [
    source 15
    target 27
  ]
  edge [
    source 16
    target 17
  ]
  edge [
    source 16
    target 73
  ]
  edge [
    source 17
    target 18
  ]
  edge [
    source 17
    target 19
  ]
  edge [
    source 18
    target 82
  ]
  edge [
    source 19
    target 81
  ]
  edge [
    source 20
    target 88
  ]
  edge [
    source 20
    target 81
  ]
  edge [
    source 21
    target 80
  ]
  edge [
    source 21
    target 88
  ]
  edge [
    source 22
    target 78
  ]
  edge [
    source 22
    target 79
  ]
  edge [
    source 23
    target 24
  ]
  edge [
    source 23
    target 78
  ]
  edge [
    source 24
    target 77
  ]
  edge [
    source 25
    target 26
  ]
  edge [
    source 25
    target 75
  ]
  edge [
    source 26
    target 74
  ]
  edge [
    source 27
    target 71
  ]
  edge [
    source 28
    target 72
  ]
  edge [
    source 28
    target 31
  ]
  edge [
    source 29
    target 72
  ]
  edge [
    source 29
    target 30
  ]
  edge [
    source 30
    target 42
  ]
  edge [
    source 31
    target 32
  ]
  edge [
    source 32
    target 33
  ]
  edge [
    source 33
    target 34
  ]
  edge [
    source 34
    target 35
  ]
  edge [
    source 35
    target 36
  ]
  edge [
    source 36
    target 86
  ]
  edge [
    source 37
    target 86
  ]
  edge [
    source 37
    target 38
  ]
  edge [
    source 38
    target 70
  ]
  edge [
    source 39
    target 69
  ]
  edge [
    source 39
    target 70
  ]
  edge [
    source 40
    target 68
  ]
  edge [
    source 40
    target 69
  ]
  edge [
    source 41
    target 65
  ]
  edge [
    source 41
    target 67
  ]
  edge [
    source 42
    target 43
  ]
  edge [
    source 43
    target 44
  ]
  edge [
    source 44
    target 45
  ]
  edge [
    source 45
    target 46
  ]
  edge [
    source 46
    target 47
  ]
  edge [
    source 47
    target 84
  ]
  edge [
    source 48
    target 49
  ]
  edge [
    source 48
    target 84
  ]
  edge [
    source 49
    target 50
  ]
  edge [
    source 50
    target 83
  ]
  edge [
    source 51
    target 83
  ]
  edge [
    source 51
    target 52
  ]
  edge [
    source 52
    target 53
  ]
  edge [
    source 53
    target 54
  ]
  edge [
    source 54
    target 55
  ]
  edge [
    source 55
    target 56
  ]
  edge [
    source 56
    target 85
  ]
  edge [
    source 57
    target 58
  ]
  edge [
    source 57
    target 85
  ]
  edge [
    source 58
    target 59
  ]
  edge [
    source 59
    target 60
  ]
  edge [
    source 60
    target 87
  ]
  edge [
    source 62
    target 64
  ]
  edge [
    source 62
    target 63
  ]
  edge [
    source 67
    target 68
  ]
  edge [
    source 71
    target 72
  ]
  edge [
    source 73
    target 74
  ]
  edge [
    source 75
    target 76
  ]
  edge [
    source 76
    target 77
  ]
  edge [
    source 79
    target 80
  ]
  edge [
    source 81
    target 82
  ]
  edge [
    source 86
    target 87
  ]
]
