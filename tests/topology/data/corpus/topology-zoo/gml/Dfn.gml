graph [
  DateObtained "2/01/11"
  GeoLocation "Germany"
  GeoExtent "Country"
  Network "DFN"
  Provenance "Primary"
  Note "Don't know how their customers are set-up. External connection from page 5 of http://www.dfn.de/fileadmin/1Dienstleistungen/XWIN/X-WiN-Broschuere_deutsch.pdf"
  Source "http://www-win.rrze.uni-erlangen.de/cgi-bin/ipqos/map.pl?config=win"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Dfn"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "2/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "CHE"
    Country "Germany"
    Longitude 12.91667
    Internal 1
    Latitude 50.83333
  ]
  node [
    id 1
    label "LEI"
    Country "Germany"
    Longitude 12.37129
    Internal 1
    Latitude 51.33962
  ]
  node [
    id 2
    label "ADH"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 3
    label "DRE"
    Country "Germany"
    Longitude 13.73832
    Internal 1
    Latitude 51.05089
  ]
  node [
    id 4
    label "GSI"
    Country "Germany"
    Longitude 8.64944
    Internal 1
    Latitude 49.87056
  ]
  node [
    id 5
    label "HEI"
    Country "Germany"
    Longitude 8.69079
    Internal 1
    Latitude 49.40768
  ]
  node [
    id 6
    label "JEN"
    Country "Germany"
    Longitude 11.58333
    Internal 1
    Latitude 50.93333
  ]
  node [
    id 7
    label "ILM"
    Country "Germany"
    Longitude 10.9
    Internal 1
    Latitude 50.68333
  ]
  node [
    id 8
    label "DeCix"
    Internal 0
  ]
  node [
    id 9
    label "Geant"
    Internal 0
  ]
  node [
    id 10
    label "FZK"
    Country "Germany"
    Longitude 8.38583
    Internal 1
    Latitude 49.00472
  ]
  node [
    id 11
    label "STU"
    Country "Germany"
    Longitude 9.17702
    Internal 1
    Latitude 48.78232
  ]
  node [
    id 12
    label "DeCix"
    Internal 0
  ]
  node [
    id 13
    label "Telia"
    Internal 0
  ]
  node [
    id 14
    label "BIE"
    Country "Germany"
    Longitude 8.53333
    Internal 1
    Latitude 52.03333
  ]
  node [
    id 15
    label "Telekom"
    Internal 0
  ]
  node [
    id 16
    label "GOE"
    Country "Germany"
    Longitude 9.93333
    Internal 1
    Latitude 51.53333
  ]
  node [
    id 17
    label "BRE"
    Country "Germany"
    Longitude 8.80777
    Internal 1
    Latitude 53.07516
  ]
  node [
    id 18
    label "WUP"
    Country "Germany"
    Longitude 7.18333
    Internal 1
    Latitude 51.26667
  ]
  node [
    id 19
    label "BIR"
    Country "Germany"
    Longitude 6.95
    Internal 1
    Latitude 50.93333
  ]
  node [
    id 20
    label "BON"
    Country "Germany"
    Longitude 7.1
    Internal 1
    Latitude 50.73333
  ]
  node [
    id 21
    label "MAR"
    Country "Germany"
    Longitude 8.76667
    Internal 1
    Latitude 50.81667
  ]
  node [
    id 22
    label "GIE"
    Country "Germany"
    Longitude 8.65
    Internal 1
    Latitude 50.58333
  ]
  node [
    id 23
    label "KAS"
    Country "Germany"
    Longitude 9.5
    Internal 1
    Latitude 51.31667
  ]
  node [
    id 24
    label "PAD"
    Country "Germany"
    Longitude 8.75439
    Internal 1
    Latitude 51.71905
  ]
  node [
    id 25
    label "EWE"
    Country "Germany"
    Longitude 8.2
    Internal 1
    Latitude 53.16667
  ]
  node [
    id 26
    label "Telekom"
    Internal 0
  ]
  node [
    id 27
    label "MUE"
    Country "Germany"
    Longitude 7.62571
    Internal 1
    Latitude 51.96236
  ]
  node [
    id 28
    label "SAA"
    Country "Germany"
    Longitude 7.0
    Internal 1
    Latitude 49.23333
  ]
  node [
    id 29
    label "GC"
    Internal 0
  ]
  node [
    id 30
    label "DES"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  node [
    id 31
    label "HAM"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  node [
    id 32
    label "KIE"
    Country "Germany"
    Longitude 10.13489
    Internal 1
    Latitude 54.32133
  ]
  node [
    id 33
    label "ROS"
    Country "Germany"
    Longitude 12.14049
    Internal 1
    Latitude 54.0887
  ]
  node [
    id 34
    label "MAG"
    Country "Germany"
    Longitude 11.66667
    Internal 1
    Latitude 52.16667
  ]
  node [
    id 35
    label "BRA"
    Country "Germany"
    Longitude 10.53333
    Internal 1
    Latitude 52.26667
  ]
  node [
    id 36
    label "KAI"
    Country "Germany"
    Longitude 7.75
    Internal 1
    Latitude 49.45
  ]
  node [
    id 37
    label "GRE"
    Country "Germany"
    Longitude 13.38333
    Internal 1
    Latitude 54.1
  ]
  node [
    id 38
    label "DOR"
    Country "Germany"
    Longitude 7.45
    Internal 1
    Latitude 51.51667
  ]
  node [
    id 39
    label "BOC"
    Country "Germany"
    Longitude 7.21667
    Internal 1
    Latitude 51.48333
  ]
  node [
    id 40
    label "FHM"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
  ]
  node [
    id 41
    label "REG"
    Country "Germany"
    Longitude 12.09556
    Internal 1
    Latitude 49.015
  ]
  node [
    id 42
    label "AUG"
    Country "Germany"
    Longitude 10.88333
    Internal 1
    Latitude 48.36667
  ]
  node [
    id 43
    label "GAR"
    Country "Germany"
    Longitude 11.65
    Internal 1
    Latitude 48.25
  ]
  node [
    id 44
    label "DUI"
    Country "Germany"
    Longitude 7.01667
    Internal 1
    Latitude 51.45
  ]
  node [
    id 45
    label "FZJ"
    Country "Germany"
    Longitude 6.36667
    Internal 1
    Latitude 50.93333
  ]
  node [
    id 46
    label "AAC"
    Country "Germany"
    Longitude 6.08342
    Internal 1
    Latitude 50.77664
  ]
  node [
    id 47
    label "WUE"
    Country "Germany"
    Longitude 9.93611
    Internal 1
    Latitude 49.78778
  ]
  node [
    id 48
    label "TUB"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 49
    label "HUB"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 50
    label "HAN"
    Country "Germany"
    Longitude 9.73322
    Internal 1
    Latitude 52.37052
  ]
  node [
    id 51
    label "FRA"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 52
    label "POT"
    Country "Germany"
    Longitude 13.06566
    Internal 1
    Latitude 52.39886
  ]
  node [
    id 53
    label "ERL"
    Country "Germany"
    Longitude 11.00389
    Internal 1
    Latitude 49.58972
  ]
  node [
    id 54
    label "BAY"
    Country "Germany"
    Longitude 11.57833
    Internal 1
    Latitude 49.94806
  ]
  node [
    id 55
    label "FFO"
    Country "Germany"
    Longitude 14.55062
    Internal 1
    Latitude 52.34714
  ]
  node [
    id 56
    label "ZIB"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 57
    label "ZEU"
    Country "Germany"
    Longitude 13.61667
    Internal 1
    Latitude 52.36667
  ]
  edge [
    source 0
    target 1
    id "e52"
  ]
  edge [
    source 0
    target 3
    id "e51"
  ]
  edge [
    source 1
    target 53
    id "e38"
  ]
  edge [
    source 1
    target 6
    id "e54"
  ]
  edge [
    source 1
    target 15
    id "e53"
  ]
  edge [
    source 2
    target 56
    id "e45"
  ]
  edge [
    source 2
    target 49
    id "e50"
  ]
  edge [
    source 3
    target 52
    id "e31"
  ]
  edge [
    source 3
    target 53
    id "e37"
  ]
  edge [
    source 4
    target 51
    id "e12"
  ]
  edge [
    source 4
    target 5
    id "e56"
  ]
  edge [
    source 5
    target 10
    id "e57"
  ]
  edge [
    source 6
    target 7
    id "e55"
  ]
  edge [
    source 7
    target 53
    id "e39"
  ]
  edge [
    source 8
    target 51
    id "e18"
  ]
  edge [
    source 9
    target 51
    id "e21"
  ]
  edge [
    source 10
    target 51
    id "e19"
  ]
  edge [
    source 10
    target 11
    id "e58"
  ]
  edge [
    source 10
    target 36
    id "e59"
  ]
  edge [
    source 11
    target 43
    id "e60"
  ]
  edge [
    source 12
    target 52
    id "e34"
  ]
  edge [
    source 13
    target 52
    id "e35"
  ]
  edge [
    source 14
    target 24
    id "e77"
  ]
  edge [
    source 14
    target 50
    id "e9"
  ]
  edge [
    source 14
    target 27
    id "e86"
  ]
  edge [
    source 16
    target 50
    id "e4"
  ]
  edge [
    source 16
    target 23
    id "e76"
  ]
  edge [
    source 17
    target 25
    id "e79"
  ]
  edge [
    source 17
    target 50
    id "e5"
  ]
  edge [
    source 17
    target 31
    id "e80"
  ]
  edge [
    source 18
    target 19
    id "e71"
  ]
  edge [
    source 18
    target 38
    id "e70"
  ]
  edge [
    source 19
    target 51
    id "e25"
  ]
  edge [
    source 19
    target 20
    id "e72"
  ]
  edge [
    source 20
    target 46
    id "e64"
  ]
  edge [
    source 21
    target 22
    id "e73"
  ]
  edge [
    source 21
    target 23
    id "e74"
  ]
  edge [
    source 22
    target 51
    id "e15"
  ]
  edge [
    source 23
    target 24
    id "e75"
  ]
  edge [
    source 25
    target 27
    id "e78"
  ]
  edge [
    source 26
    target 50
    id "e10"
  ]
  edge [
    source 27
    target 44
    id "e67"
  ]
  edge [
    source 28
    target 51
    id "e17"
  ]
  edge [
    source 28
    target 36
    id "e85"
  ]
  edge [
    source 29
    target 51
    id "e22"
  ]
  edge [
    source 30
    target 48
    id "e48"
  ]
  edge [
    source 30
    target 31
    id "e81"
  ]
  edge [
    source 32
    target 33
    id "e82"
  ]
  edge [
    source 32
    target 50
    id "e7"
  ]
  edge [
    source 33
    target 50
    id "e6"
  ]
  edge [
    source 33
    target 37
    id "e83"
  ]
  edge [
    source 34
    target 35
    id "e84"
  ]
  edge [
    source 34
    target 52
    id "e32"
  ]
  edge [
    source 35
    target 50
    id "e8"
  ]
  edge [
    source 36
    target 51
    id "e16"
  ]
  edge [
    source 37
    target 52
    id "e33"
  ]
  edge [
    source 38
    target 39
    id "e69"
  ]
  edge [
    source 39
    target 44
    id "e68"
  ]
  edge [
    source 40
    target 41
    id "e63"
  ]
  edge [
    source 40
    target 43
    id "e62"
  ]
  edge [
    source 41
    target 53
    id "e41"
  ]
  edge [
    source 42
    target 43
    id "e61"
  ]
  edge [
    source 42
    target 53
    id "e40"
  ]
  edge [
    source 43
    target 51
    id "e20"
  ]
  edge [
    source 44
    target 50
    id "e11"
  ]
  edge [
    source 44
    target 45
    id "e66"
  ]
  edge [
    source 45
    target 46
    id "e65"
  ]
  edge [
    source 46
    target 51
    id "e24"
  ]
  edge [
    source 47
    target 51
    id "e23"
  ]
  edge [
    source 47
    target 53
    id "e42"
  ]
  edge [
    source 48
    target 56
    id "e44"
  ]
  edge [
    source 48
    target 49
    id "e49"
  ]
  edge [
    source 48
    target 52
    id "e30"
  ]
  edge [
    source 48
    target 57
    id "e47"
  ]
  edge [
    source 50
    target 51
    id "e0"
  ]
  edge [
    source 50
    target 52
    id "e1"
  ]
  edge [
    source 50
    target 53
    id "e2"
  ]
  edge [
    source 50
    target 55
    id "e3"
  ]
  edge [
    source 51
    target 52
    id "e13"
  ]
  edge [
    source 51
    target 53
    id "e14"
  ]
  edge [
    source 52
    target 53
    id "e26"
  ]
  edge [
    source 52
    target 54
    id "e27"
  ]
  edge [
    source 52
    target 55
    id "e28"
  ]
  edge [
    source 52
    target 56
    id "e29"
  ]
  edge [
    source 53
    target 54
    id "e36"
  ]
  edge [
    source 55
    target 56
    id "e43"
  ]
  edge [
    source 56
    target 57
    id "e46"
  ]
]
