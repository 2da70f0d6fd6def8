graph [
  DateObtained "16/01/11"
  GeoLocation "Indonesia"
  GeoExtent "Country"
  Network "BizNetworks"
  Provenance "Primary"
  Note "Offers IX but unclear as to how."
  Source "http://www.biznetnetworks.com/pdf/BiznetInterCityNetwork.pdf"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Biznet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "16/01/11"
  Access 1
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Cilacap"
    Country "Indonesia"
    Longitude 109.00944
    Internal 1
    Latitude -7.72639
  ]
  node [
    id 1
    label "Purwokerto"
    Country "Indonesia"
    Longitude 109.23444
    Internal 1
    Latitude -7.42139
  ]
  node [
    id 2
    label "Sukabumi"
    Country "Indonesia"
    Longitude 106.92667
    Internal 1
    Latitude -6.91806
  ]
  node [
    id 3
    label "Tasikmalaya"
    Country "Indonesia"
    Longitude 108.2
    Internal 1
    Latitude -7.33333
  ]
  node [
    id 4
    label "Pekalongan"
    Country "Indonesia"
    Longitude 109.6753
    Internal 1
    Latitude -6.8886
  ]
  node [
    id 5
    label "Semarang"
    Country "Indonesia"
    Longitude 110.4203
    Internal 1
    Latitude -6.9932
  ]
  node [
    id 6
    label "Magelang"
    Country "Indonesia"
    Longitude 110.21778
    Internal 1
    Latitude -7.47056
  ]
  node [
    id 7
    label "Yogyakarta"
    Country "Indonesia"
    Longitude 110.36083
    Internal 1
    Latitude -7.78278
  ]
  node [
    id 8
    label "Kudus"
    Country "Indonesia"
    Longitude 110.8405
    Internal 1
    Latitude -6.8048
  ]
  node [
    id 9
    label "Surakarta"
    Country "Indonesia"
    Longitude 110.83167
    Internal 1
    Latitude -7.55611
  ]
  node [
    id 10
    label "Nusa Dua"
    Country "Indonesia"
    Longitude 123.77028
    Internal 1
    Latitude -9.59806
  ]
  node [
    id 11
    label "Surabaya"
    Country "Indonesia"
    Longitude 112.75083
    Internal 1
    Latitude -7.24917
  ]
  node [
    id 12
    label "Kediri"
    Country "Indonesia"
    Longitude 112.01667
    Internal 1
    Latitude -7.81667
  ]
  node [
    id 13
    label "Madium"
    Country "Indonesia"
    Longitude 111.5239
    Internal 1
    Latitude -7.6298
  ]
  node [
    id 14
    label "Tuban"
    Country "Indonesia"
    Longitude 112.05
    Internal 1
    Latitude -6.9
  ]
  node [
    id 15
    label "Banyunwangi"
    Country "Indonesia"
    Longitude 114.3646
    Internal 1
    Latitude -8.2215
  ]
  node [
    id 16
    label "Jember"
    Country "Indonesia"
    Longitude 113.70317
    Internal 1
    Latitude -8.16604
  ]
  node [
    id 17
    label "Probolinggo"
    Country "Indonesia"
    Longitude 113.2159
    Internal 1
    Latitude -7.7543
  ]
  node [
    id 18
    label "Malang"
    Country "Indonesia"
    Longitude 112.6304
    Internal 1
    Latitude -7.9797
  ]
  node [
    id 19
    label "Bakauhuni"
    Internal 1
  ]
  node [
    id 20
    label "Cibaliung"
    Country "Indonesia"
    Longitude 105.85
    Internal 1
    Latitude -6.76667
  ]
  node [
    id 21
    label "Tegal"
    Country "Indonesia"
    Longitude 109.1402
    Internal 1
    Latitude -6.8694
  ]
  node [
    id 22
    label "Cirebon"
    Country "Indonesia"
    Longitude 108.557
    Internal 1
    Latitude -6.7063
  ]
  node [
    id 23
    label "Bandung"
    Country "Indonesia"
    Longitude 107.61861
    Internal 1
    Latitude -6.90389
  ]
  node [
    id 24
    label "Karawang"
    Country "Indonesia"
    Longitude 107.30556
    Internal 1
    Latitude -6.30333
  ]
  node [
    id 25
    label "Jakarta"
    Country "Indonesia"
    Longitude 106.84513
    Internal 1
    Latitude -6.21462
  ]
  node [
    id 26
    label "Bogor"
    Country "Indonesia"
    Longitude 106.78917
    Internal 1
    Latitude -6.59444
  ]
  node [
    id 27
    label "Serang"
    Country "Indonesia"
    Longitude 106.1502
    Internal 1
    Latitude -6.1149
  ]
  node [
    id 28
    label "Anyer"
    Country "Indonesia"
    Longitude 105.88333
    Internal 1
    Latitude -6.06667
  ]
  edge [
    source 0
    target 1
    id "e15"
  ]
  edge [
    source 0
    target 3
    id "e14"
  ]
  edge [
    source 1
    target 6
    id "e16"
  ]
  edge [
    source 2
    target 26
    id "e10"
  ]
  edge [
    source 2
    target 23
    id "e4"
  ]
  edge [
    source 3
    target 23
    id "e5"
  ]
  edge [
    source 4
    target 21
    id "e0"
  ]
  edge [
    source 4
    target 5
    id "e19"
  ]
  edge [
    source 5
    target 8
    id "e20"
  ]
  edge [
    source 5
    target 9
    id "e21"
  ]
  edge [
    source 6
    target 7
    id "e17"
  ]
  edge [
    source 7
    target 9
    id "e18"
  ]
  edge [
    source 8
    target 14
    id "e22"
  ]
  edge [
    source 9
    target 13
    id "e23"
  ]
  edge [
    source 10
    target 15
    id "e32"
  ]
  edge [
    source 11
    target 17
    id "e28"
  ]
  edge [
    source 11
    target 12
    id "e27"
  ]
  edge [
    source 11
    target 14
    id "e24"
  ]
  edge [
    source 12
    target 18
    id "e26"
  ]
  edge [
    source 12
    target 13
    id "e25"
  ]
  edge [
    source 15
    target 16
    id "e31"
  ]
  edge [
    source 16
    target 17
    id "e30"
  ]
  edge [
    source 16
    target 18
    id "e29"
  ]
  edge [
    source 19
    target 28
    id "e12"
  ]
  edge [
    source 20
    target 26
    id "e9"
  ]
  edge [
    source 20
    target 28
    id "e13"
  ]
  edge [
    source 21
    target 22
    id "e1"
  ]
  edge [
    source 22
    target 23
    id "e2"
  ]
  edge [
    source 23
    target 24
    id "e3"
  ]
  edge [
    source 24
    target 25
    id "e6"
  ]
  edge [
    source 25
    target 26
    id "e7"
  ]
  edge [
    source 25
    target 27
    id "e8"
  ]
  edge [
    source 27
    target 28
    id "e11"
  ]
]
