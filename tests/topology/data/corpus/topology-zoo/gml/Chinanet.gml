graph [
  DateObtained "19/10/10"
  GeoLocation "China"
  GeoExtent "Country"
  Network "China Telecom "
  Provenance "Primary"
  Access 0
  Source "http://www.chinatelecomusa.com/content.asp?pl=627&amp;sl=637&amp;contentid=660&amp;id=1&amp;indexid=0"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Chinanet"
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
    label "Lhasa"
    Country "China"
    Longitude 91.1
    Internal 1
    Latitude 29.65
    type "Blue"
  ]
  node [
    id 1
    label "Lanzhou"
    Country "China"
    Longitude 103.79222
    Internal 1
    Latitude 36.05639
    type "Blue"
  ]
  node [
    id 2
    label "Kashi"
    Country "China"
    Longitude 75.97972
    Internal 1
    Latitude 39.45472
    type "Blue"
  ]
  node [
    id 3
    label "Shiquanhe"
    Country "China"
    Longitude 80.06667
    Internal 1
    Latitude 32.51667
    type "Blue"
  ]
  node [
    id 4
    label "Jinan"
    Country "China"
    Longitude 116.99722
    Internal 1
    Latitude 36.66833
    type "Blue"
  ]
  node [
    id 5
    label "Qingdao"
    Country "China"
    Longitude 120.37194
    Internal 1
    Latitude 36.09861
    type "Blue"
  ]
  node [
    id 6
    label "Taiyuan"
    Country "China"
    Longitude 112.56028
    Internal 1
    Latitude 37.86944
    type "Blue"
  ]
  node [
    id 7
    label "Shilazhuang"
    Country "China"
    Longitude 114.47861
    Internal 1
    Latitude 38.04139
    type "Blue"
  ]
  node [
    id 8
    label "Shanghai"
    Country "China"
    Longitude 121.45806
    Internal 1
    Latitude 31.22222
    type "Green"
  ]
  node [
    id 9
    label "Suzhou"
    Country "China"
    Longitude 120.61806
    Internal 1
    Latitude 31.31139
    type "Blue"
  ]
  node [
    id 10
    label "International Link 1"
    Internal 0
  ]
  node [
    id 11
    label "International Link 2"
    Internal 0
  ]
  node [
    id 12
    label "Nanning"
    Country "China"
    Longitude 108.31667
    Internal 1
    Latitude 22.81667
    type "Blue"
  ]
  node [
    id 13
    label "Changsha"
    Country "China"
    Longitude 112.96667
    Internal 1
    Latitude 28.2
    type "Blue"
  ]
  node [
    id 14
    label "Guiyang"
    Country "China"
    Longitude 106.71667
    Internal 1
    Latitude 26.58333
    type "Blue"
  ]
  node [
    id 15
    label "Chongqing"
    Country "China"
    Longitude 106.55278
    Internal 1
    Latitude 29.56278
    type "Blue"
  ]
  node [
    id 16
    label "Chengdu"
    Country "China"
    Longitude 104.06667
    Internal 1
    Latitude 30.66667
    type "Blue"
  ]
  node [
    id 17
    label "Kunming"
    Country "China"
    Longitude 102.71833
    Internal 1
    Latitude 25.03889
    type "Blue"
  ]
  node [
    id 18
    label "Xi'an"
    Country "China"
    Longitude 108.92861
    Internal 1
    Latitude 34.25833
    type "Blue"
  ]
  node [
    id 19
    label "Zhengzhou"
    Country "China"
    Longitude 113.64861
    Internal 1
    Latitude 34.75778
    type "Blue"
  ]
  node [
    id 20
    label "International Link 4"
    Internal 0
  ]
  node [
    id 21
    label "International Link 3"
    Internal 0
  ]
  node [
    id 22
    label "Haikou"
    Country "China"
    Longitude 110.34167
    Internal 1
    Latitude 20.04583
    type "Blue"
  ]
  node [
    id 23
    label "Hong Kong"
    Country "China"
    Longitude 100.51803
    Internal 1
    Latitude 30.13062
    type "Pink"
  ]
  node [
    id 24
    label "Hangzhou"
    Country "China"
    Longitude 120.16889
    Internal 1
    Latitude 30.25528
    type "Blue"
  ]
  node [
    id 25
    label "Wuhan"
    Country "China"
    Longitude 114.26667
    Internal 1
    Latitude 30.58333
    type "Blue"
  ]
  node [
    id 26
    label "Hefei"
    Country "China"
    Longitude 117.28083
    Internal 1
    Latitude 31.86389
    type "Blue"
  ]
  node [
    id 27
    label "Nanjing"
    Country "China"
    Longitude 118.77778
    Internal 1
    Latitude 32.06167
    type "Blue"
  ]
  node [
    id 28
    label "Guangzhou"
    Country "China"
    Longitude 113.25
    Internal 1
    Latitude 23.11667
    type "Green"
  ]
  node [
    id 29
    label "Xiamen"
    Country "China"
    Longitude 118.08187
    Internal 1
    Latitude 24.47979
    type "Blue"
  ]
  node [
    id 30
    label "Fuzhou"
    Country "China"
    Longitude 119.30611
    Internal 1
    Latitude 26.06139
    type "Blue"
  ]
  node [
    id 31
    label "Nandhang"
    Country "China"
    Longitude 115.88333
    Internal 1
    Latitude 28.68333
    type "Blue"
  ]
  node [
    id 32
    label "Xining"
    Country "China"
    Longitude 101.76667
    Internal 1
    Latitude 36.61667
    type "Blue"
  ]
  node [
    id 33
    label "Urumqi"
    Country "China"
    Longitude 87.58333
    Internal 1
    Latitude 43.8
    type "Blue"
  ]
  node [
    id 34
    label "Harbin"
    Country "China"
    Longitude 126.65
    Internal 1
    Latitude 45.75
    type "Blue"
  ]
  node [
    id 35
    label "Changchun"
    Country "China"
    Longitude 125.32278
    Internal 1
    Latitude 43.88
    type "Blue"
  ]
  node [
    id 36
    label "Shenyang"
    Country "China"
    Longitude 123.43278
    Internal 1
    Latitude 41.79222
    type "Blue"
  ]
  node [
    id 37
    label "Dalian"
    Country "China"
    Longitude 121.60222
    Internal 1
    Latitude 38.91222
    type "Blue"
  ]
  node [
    id 38
    label "Tianjin"
    Country "China"
    Longitude 117.17667
    Internal 1
    Latitude 39.14222
    type "Blue"
  ]
  node [
    id 39
    label "Beijing"
    Country "China"
    Longitude 116.39723
    Internal 1
    Latitude 39.9075
    type "Green"
  ]
  node [
    id 40
    label "Hohhot"
    Country "China"
    Longitude 111.65222
    Internal 1
    Latitude 40.81056
    type "Blue"
  ]
  node [
    id 41
    label "Yinchuan"
    Country "China"
    Longitude 106.27306
    Internal 1
    Latitude 38.46806
    type "Blue"
  ]
  edge [
    source 0
    target 16
    LinkLabel "Red Link"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Red Link"
  ]
  edge [
    source 0
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 1
    target 18
    LinkLabel "Red Link"
  ]
  edge [
    source 1
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 2
    target 33
    LinkLabel "Red Link"
  ]
  edge [
    source 4
    target 8
    LinkLabel "Red Link"
  ]
  edge [
    source 5
    target 38
    LinkLabel "Red Link"
  ]
  edge [
    source 6
    target 18
    LinkLabel "Red Link"
  ]
  edge [
    source 6
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 7
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 38
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 39
    LinkLabel "Blue Link"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 11
    LinkLabel "Cyan Link"
  ]
  edge [
    source 8
    target 16
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 18
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 23
    LinkLabel "Green Link"
  ]
  edge [
    source 8
    target 24
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 25
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 26
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 27
    LinkLabel "Red Link"
  ]
  edge [
    source 8
    target 28
    LinkLabel "Blue Link"
  ]
  edge [
    source 8
    target 31
    LinkLabel "Red Link"
  ]
  edge [
    source 9
    target 27
    LinkLabel "Red Link"
  ]
  edge [
    source 10
    target 39
    LinkLabel "Cyan Link"
  ]
  edge [
    source 12
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 13
    target 25
    LinkLabel "Red Link"
  ]
  edge [
    source 14
    target 16
    LinkLabel "Red Link"
  ]
  edge [
    source 14
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Red Link"
  ]
  edge [
    source 15
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 16
    target 27
    LinkLabel "Red Link"
  ]
  edge [
    source 16
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 17
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 32
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 33
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 41
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 40
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 25
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 27
    LinkLabel "Red Link"
  ]
  edge [
    source 18
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 19
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 20
    target 23
    LinkLabel "Cyan Link"
  ]
  edge [
    source 21
    target 28
    LinkLabel "Cyan Link"
  ]
  edge [
    source 22
    target 25
    LinkLabel "Red Link"
  ]
  edge [
    source 22
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 23
    target 28
    LinkLabel "Red Link"
  ]
  edge [
    source 23
    target 39
    LinkLabel "Green Link"
  ]
  edge [
    source 25
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 25
    target 27
    LinkLabel "Red Link"
  ]
  edge [
    source 27
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 27
    target 30
    LinkLabel "Red Link"
  ]
  edge [
    source 28
    target 38
    LinkLabel "Red Link"
  ]
  edge [
    source 28
    target 39
    LinkLabel "Blue Link"
  ]
  edge [
    source 28
    target 29
    LinkLabel "Red Link"
  ]
  edge [
    source 32
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 33
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 34
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 35
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 36
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 37
    target 38
    LinkLabel "Red Link"
  ]
  edge [
    source 38
    target 39
    LinkLabel "Red Link"
  ]
  edge [
    source 39
    target 41
    LinkLabel "Red Link"
  ]
  edge [
    source 39
    target 40
    LinkLabel "Red Link"
  ]
]
