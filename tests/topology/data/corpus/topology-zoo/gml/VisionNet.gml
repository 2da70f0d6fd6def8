graph [
  DateObtained "24/10/10"
  GeoLocation "Montana, USA"
  GeoExtent "Region"
  Network "Vision Net"
  Provenance "Primary"
  Note "Now owned by Level3. Has no independent network."
  Source "http://www.vision.net/prod/network/transport.php#"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 0
  Commercial 0
  label "VisionNet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Glasgow"
    Country "United States"
    Longitude -106.63671
    Internal 1
    Latitude 48.19696
  ]
  node [
    id 1
    label "Bainville"
    Country "United States"
    Longitude -104.22272
    Internal 1
    Latitude 48.14002
  ]
  node [
    id 2
    label "Glendive"
    Country "United States"
    Longitude -104.71246
    Internal 1
    Latitude 47.10529
  ]
  node [
    id 3
    label "Culbertson"
    Country "United States"
    Longitude -104.5169
    Internal 1
    Latitude 48.14446
  ]
  node [
    id 4
    label "Lincoln"
    Country "United States"
    Longitude -112.68171
    Internal 1
    Latitude 46.95494
  ]
  node [
    id 5
    label "Helena"
    Country "United States"
    Longitude -112.03611
    Internal 1
    Latitude 46.59271
  ]
  node [
    id 6
    label "Dillion"
    Country "United States"
    Longitude -112.63752
    Internal 1
    Latitude 45.21631
  ]
  node [
    id 7
    label "Missoula"
    Country "United States"
    Longitude -113.994
    Internal 1
    Latitude 46.87215
  ]
  node [
    id 8
    label "Bozeman"
    Country "United States"
    Longitude -111.03856
    Internal 1
    Latitude 45.67965
  ]
  node [
    id 9
    label "Sheridan"
    Country "United States"
    Longitude -104.56246
    Internal 1
    Latitude 48.77475
  ]
  node [
    id 10
    label "DCN Network"
    Internal 0
  ]
  node [
    id 11
    label "Fort Benton"
    Country "United States"
    Longitude -110.66744
    Internal 1
    Latitude 47.8183
  ]
  node [
    id 12
    label "Seattle"
    Internal 0
  ]
  node [
    id 13
    label "Havre"
    Country "United States"
    Longitude -109.68409
    Internal 1
    Latitude 48.55
  ]
  node [
    id 14
    label "Forsyth"
    Country "United States"
    Longitude -106.67781
    Internal 1
    Latitude 46.26638
  ]
  node [
    id 15
    label "Miles City"
    Country "United States"
    Longitude -105.84056
    Internal 1
    Latitude 46.40834
  ]
  node [
    id 16
    label "Noxon"
    Country "United States"
    Longitude -115.78156
    Internal 1
    Latitude 47.99604
  ]
  node [
    id 17
    label "Kalispell"
    Country "United States"
    Longitude -114.31291
    Internal 1
    Latitude 48.19579
  ]
  node [
    id 18
    label "N Cutbank"
    Country "United States"
    Longitude -112.32616
    Internal 1
    Latitude 48.63304
  ]
  node [
    id 19
    label "Fairfield"
    Country "United States"
    Longitude -111.98028
    Internal 1
    Latitude 47.61467
  ]
  node [
    id 20
    label "Great Falls"
    Country "United States"
    Longitude -111.30081
    Internal 1
    Latitude 47.50024
  ]
  node [
    id 21
    label "Moore"
    Country "United States"
    Longitude -109.69685
    Internal 1
    Latitude 46.97552
  ]
  node [
    id 22
    label "Big Timber"
    Country "United States"
    Longitude -109.95546
    Internal 1
    Latitude 45.83494
  ]
  node [
    id 23
    label "Billings"
    Country "United States"
    Longitude -108.50069
    Internal 1
    Latitude 45.78329
  ]
  edge [
    source 0
    target 3
    id "e14"
  ]
  edge [
    source 0
    target 13
    id "e16"
  ]
  edge [
    source 1
    target 10
    id "e17"
  ]
  edge [
    source 1
    target 3
    id "e15"
  ]
  edge [
    source 2
    target 15
    id "e13"
  ]
  edge [
    source 4
    target 19
    id "e4"
  ]
  edge [
    source 4
    target 5
    id "e20"
  ]
  edge [
    source 4
    target 7
    id "e19"
  ]
  edge [
    source 5
    target 8
    id "e21"
  ]
  edge [
    source 5
    target 6
    id "e18"
  ]
  edge [
    source 7
    target 16
    id "e2"
  ]
  edge [
    source 9
    target 14
    id "e12"
  ]
  edge [
    source 11
    target 20
    id "e6"
  ]
  edge [
    source 11
    target 13
    id "e22"
  ]
  edge [
    source 11
    target 21
    id "e7"
  ]
  edge [
    source 12
    target 16
    id "e1"
  ]
  edge [
    source 13
    target 18
    id "e3"
  ]
  edge [
    source 14
    target 15
    id "e11"
  ]
  edge [
    source 14
    target 23
    id "e10"
  ]
  edge [
    source 16
    target 17
    id "e0"
  ]
  edge [
    source 19
    target 20
    id "e5"
  ]
  edge [
    source 21
    target 22
    id "e8"
  ]
  edge [
    source 22
    target 23
    id "e9"
  ]
]
