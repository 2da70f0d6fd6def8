graph [
  DateObtained "24/10/10"
  GeoLocation "Germany"
  GeoExtent "Country"
  Network "Lambdanet "
  Provenance "Primary"
  Access 0
  Source "http://www.lambdanet.de/index.php?p=72&amp;l=2&amp;sid=f944ec21433eadf24cc67a6488e72d20"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "LambdaNet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Magdeburg"
    Country "Germany"
    Longitude 11.66667
    Internal 1
    Latitude 52.16667
  ]
  node [
    id 1
    label "Brunswick"
    Country "Germany"
    Longitude 10.53333
    Internal 1
    Latitude 52.26667
  ]
  node [
    id 2
    label "Rostock"
    Country "Germany"
    Longitude 12.14049
    Internal 1
    Latitude 54.0887
  ]
  node [
    id 3
    label "Berlin"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 4
    label "Leipzig"
    Country "Germany"
    Longitude 12.37129
    Internal 1
    Latitude 51.33962
  ]
  node [
    id 5
    label "Dresden"
    Country "Germany"
    Longitude 13.73832
    Internal 1
    Latitude 51.05089
  ]
  node [
    id 6
    label "Erfurt"
    Country "Germany"
    Longitude 11.03333
    Internal 1
    Latitude 50.98333
  ]
  node [
    id 7
    label "Coburg"
    Country "Germany"
    Longitude 10.96667
    Internal 1
    Latitude 50.26667
  ]
  node [
    id 8
    label "Nuremberg"
    Country "Germany"
    Longitude 11.06833
    Internal 1
    Latitude 49.44778
  ]
  node [
    id 9
    label "Prague"
    Internal 1
  ]
  node [
    id 10
    label "Stockholm"
    Internal 1
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "Duren"
    Country "Germany"
    Longitude 6.48333
    Internal 1
    Latitude 50.8
  ]
  node [
    id 13
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
  ]
  node [
    id 14
    label "Cologne"
    Country "Germany"
    Longitude 6.95
    Internal 1
    Latitude 50.93333
  ]
  node [
    id 15
    label "Bonn"
    Country "Germany"
    Longitude 7.1
    Internal 1
    Latitude 50.73333
  ]
  node [
    id 16
    label "Essen"
    Country "Germany"
    Longitude 7.01667
    Internal 1
    Latitude 51.45
  ]
  node [
    id 17
    label "Brno"
    Internal 1
  ]
  node [
    id 18
    label "Vienna"
    Internal 1
  ]
  node [
    id 19
    label "Bratislava"
    Internal 1
  ]
  node [
    id 20
    label "Paris"
    Country "Germany"
    Longitude 8.66432
    Internal 1
    Latitude 50.104
  ]
  node [
    id 21
    label "Augsburg"
    Country "Germany"
    Longitude 10.88333
    Internal 1
    Latitude 48.36667
  ]
  node [
    id 22
    label "Aachen"
    Country "Germany"
    Longitude 6.08342
    Internal 1
    Latitude 50.77664
  ]
  node [
    id 23
    label "London"
    Internal 1
  ]
  node [
    id 24
    label "Karlsruhe"
    Country "Germany"
    Longitude 8.38583
    Internal 1
    Latitude 49.00472
  ]
  node [
    id 25
    label "Stuttgart"
    Country "Germany"
    Longitude 9.17702
    Internal 1
    Latitude 48.78232
  ]
  node [
    id 26
    label "Ingolstadt"
    Country "Germany"
    Longitude 11.43333
    Internal 1
    Latitude 48.76667
  ]
  node [
    id 27
    label "Munich"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
  ]
  node [
    id 28
    label "Zurich"
    Internal 1
  ]
  node [
    id 29
    label "Wurzburg"
    Country "Germany"
    Longitude 9.93611
    Internal 1
    Latitude 49.78778
  ]
  node [
    id 30
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 31
    label "Mannheim"
    Country "Germany"
    Longitude 8.46472
    Internal 1
    Latitude 49.48833
  ]
  node [
    id 32
    label "Kiel"
    Country "Germany"
    Longitude 10.13489
    Internal 1
    Latitude 54.32133
  ]
  node [
    id 33
    label "Copenhagen"
    Internal 1
  ]
  node [
    id 34
    label "Amsterdam"
    Country "Germany"
    Longitude 6.9553
    Internal 1
    Latitude 50.9449
  ]
  node [
    id 35
    label "Dortmund"
    Country "Germany"
    Longitude 7.45
    Internal 1
    Latitude 51.51667
  ]
  node [
    id 36
    label "Gutersloh"
    Country "Germany"
    Longitude 8.38333
    Internal 1
    Latitude 51.9
  ]
  node [
    id 37
    label "Bielefeld"
    Country "Germany"
    Longitude 8.53333
    Internal 1
    Latitude 52.03333
  ]
  node [
    id 38
    label "Hertford"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 52.13333
  ]
  node [
    id 39
    label "Bremen"
    Country "Germany"
    Longitude 8.80777
    Internal 1
    Latitude 53.07516
  ]
  node [
    id 40
    label "Hanover"
    Country "Germany"
    Longitude 9.73322
    Internal 1
    Latitude 52.37052
  ]
  node [
    id 41
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  edge [
    source 0
    target 1
    id "e19"
  ]
  edge [
    source 0
    target 3
    id "e17"
  ]
  edge [
    source 1
    target 40
    id "e9"
  ]
  edge [
    source 2
    target 33
    id "e13"
  ]
  edge [
    source 2
    target 11
    id "e15"
  ]
  edge [
    source 3
    target 11
    id "e18"
  ]
  edge [
    source 3
    target 5
    id "e16"
  ]
  edge [
    source 4
    target 5
    id "e23"
  ]
  edge [
    source 4
    target 6
    id "e20"
  ]
  edge [
    source 6
    target 7
    id "e21"
  ]
  edge [
    source 7
    target 8
    id "e22"
  ]
  edge [
    source 8
    target 9
    id "e25"
  ]
  edge [
    source 8
    target 26
    id "e26"
  ]
  edge [
    source 8
    target 29
    id "e24"
  ]
  edge [
    source 9
    target 17
    id "e27"
  ]
  edge [
    source 10
    target 33
    id "e14"
  ]
  edge [
    source 11
    target 41
    id "e11"
  ]
  edge [
    source 12
    target 13
    id "e40"
  ]
  edge [
    source 13
    target 16
    id "e42"
  ]
  edge [
    source 13
    target 34
    id "e1"
  ]
  edge [
    source 13
    target 14
    id "e41"
  ]
  edge [
    source 13
    target 22
    id "e39"
  ]
  edge [
    source 14
    target 15
    id "e43"
  ]
  edge [
    source 15
    target 30
    id "e38"
  ]
  edge [
    source 16
    target 35
    id "e3"
  ]
  edge [
    source 17
    target 19
    id "e44"
  ]
  edge [
    source 18
    target 27
    id "e29"
  ]
  edge [
    source 18
    target 19
    id "e45"
  ]
  edge [
    source 20
    target 30
    id "e35"
  ]
  edge [
    source 21
    target 25
    id "e31"
  ]
  edge [
    source 21
    target 27
    id "e28"
  ]
  edge [
    source 23
    target 34
    id "e0"
  ]
  edge [
    source 24
    target 25
    id "e32"
  ]
  edge [
    source 24
    target 31
    id "e33"
  ]
  edge [
    source 26
    target 27
    id "e30"
  ]
  edge [
    source 28
    target 30
    id "e37"
  ]
  edge [
    source 29
    target 30
    id "e36"
  ]
  edge [
    source 30
    target 31
    id "e34"
  ]
  edge [
    source 32
    target 33
    id "e12"
  ]
  edge [
    source 32
    target 41
    id "e10"
  ]
  edge [
    source 35
    target 36
    id "e2"
  ]
  edge [
    source 36
    target 37
    id "e4"
  ]
  edge [
    source 37
    target 38
    id "e5"
  ]
  edge [
    source 38
    target 40
    id "e6"
  ]
  edge [
    source 39
    target 40
    id "e7"
  ]
  edge [
    source 39
    target 41
    id "e8"
  ]
]
