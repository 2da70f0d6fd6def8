graph [
  DateObtained "22/10/10"
  GeoLocation "Pakistan"
  GeoExtent "Country"
  Network "PERN"
  Provenance "Primary"
  Access 0
  Source "http://pern.edu.pk/index.php?option=com_content&amp;task=view&amp;id=12&amp;Itemid=75"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Pern"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 1
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 2
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 3
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 4
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 5
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 6
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 7
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 8
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 9
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 10
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 11
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 12
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 13
    label "Peshawar"
    Country "Pakistan"
    Longitude 71.58018
    Internal 1
    Latitude 34.00837
    type "PoP"
  ]
  node [
    id 14
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 15
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 16
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 17
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 18
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 19
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 20
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 21
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 22
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 23
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 24
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 25
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 26
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 27
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 28
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 29
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 30
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 31
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 32
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 33
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 34
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 35
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 36
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 37
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 38
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 39
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 40
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 41
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 42
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 43
    label "Karachi"
    Country "Pakistan"
    Longitude 67.0822
    Internal 1
    Latitude 24.9056
    type "PoP"
  ]
  node [
    id 44
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 45
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 46
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 47
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 48
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 49
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 50
    label "Faisalabad"
    Country "Pakistan"
    Longitude 73.08333
    Internal 1
    Latitude 31.41667
    type "PoP"
  ]
  node [
    id 51
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 52
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 53
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 54
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 55
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 56
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 57
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 58
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 59
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 60
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 61
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 62
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 63
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 64
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 65
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 66
    label "Quetta"
    Country "Pakistan"
    Longitude 67.0125
    Internal 1
    Latitude 30.18722
    type "PoP"
  ]
  node [
    id 67
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 68
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 69
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 70
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 71
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 72
    label "Lahore"
    Country "Pakistan"
    Longitude 74.34361
    Internal 1
    Latitude 31.54972
    type "PoP"
  ]
  node [
    id 73
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 74
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 75
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 76
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 77
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 78
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 79
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 80
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 81
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 82
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 83
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 84
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 85
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 86
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 87
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 88
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 89
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 90
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 91
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 92
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 93
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 94
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 95
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 96
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 97
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 98
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 99
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 100
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 101
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 102
    label "Peshawar"
    Country "Pakistan"
    Longitude 71.58018
    Internal 1
    Latitude 34.00837
    type "PoP"
  ]
  node [
    id 103
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 104
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 105
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 106
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 107
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 108
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 109
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 110
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 111
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 112
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 113
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 114
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 115
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 116
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 117
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 118
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 119
    label "Abbottabad"
    Country "Pakistan"
    Longitude 73.21449
    Internal 1
    Latitude 34.14685
    type "PoP"
  ]
  node [
    id 120
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 121
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 122
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 123
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 124
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 125
    label "None"
    Internal 1
    type "University"
  ]
  node [
    id 126
    label "Islamabad"
    Country "Pakistan"
    Longitude 73.04329
    Internal 1
    Latitude 33.72148
    type "PoP"
  ]
  edge [
    source 0
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 1
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 2
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 3
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 4
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 5
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 6
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 7
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 8
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 9
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 10
    target 59
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 10
    target 13
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 10
    target 46
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 11
    target 66
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 12
    target 13
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 39
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 40
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 41
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 43
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 13
    target 45
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 46
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 13
    target 18
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 19
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 13
    target 42
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 14
    target 66
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 15
    target 66
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 16
    target 66
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 17
    target 66
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 20
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 21
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 22
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 23
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 24
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 25
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 26
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 27
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 28
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 29
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 30
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 31
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 32
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 33
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 34
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 35
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 36
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 37
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 38
    target 43
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 44
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 65
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 68
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 89
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 90
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 91
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 92
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 93
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 94
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 95
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 96
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 97
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 98
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 99
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 100
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 113
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 114
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 115
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 116
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 117
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 43
    target 118
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 46
    target 60
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 46
    target 66
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 47
    target 50
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 48
    target 50
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 49
    target 50
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 64
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 72
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 50
    target 55
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 56
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 57
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 58
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 59
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 50
    target 61
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 62
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 50
    target 63
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 51
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 52
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 53
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 54
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 59
    target 60
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 60
    target 102
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 66
    target 67
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 69
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 70
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 71
    target 72
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 73
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 74
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 75
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 76
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 77
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 78
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 79
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 80
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 81
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 82
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 83
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 84
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 85
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 86
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 87
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 88
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 72
    target 126
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 101
    target 102
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 102
    target 126
    LinkLabel "National Optical Fiber Network"
  ]
  edge [
    source 103
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 104
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 105
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 106
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 107
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 108
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 109
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 110
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 111
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 112
    target 126
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 120
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 121
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 122
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 123
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 124
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 125
    LinkLabel "University to PoP Connectivity"
  ]
  edge [
    source 119
    target 126
    LinkLabel "National Optical Fiber Network"
  ]
]
