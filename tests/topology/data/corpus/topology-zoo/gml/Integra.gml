graph [
  DateObtained "18/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Integra Telecom "
  Provenance "Primary"
  Note "Electric Lightwave provides carrier wholesale. Hard to read as 3D style. May be multiple PoPs in same city, with multiple links."
  Source "http://www.integratelecom.com/about/images/networkmap_large.png"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Integra"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
    type "PoP with Peering"
  ]
  node [
    id 1
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
    type "PoP with Peering"
  ]
  node [
    id 2
    label "St Cloud"
    geocode_append "MN"
    Country "United States"
    Longitude -94.16249
    Internal 1
    Latitude 45.5608
    type "Customer Service PoP"
  ]
  node [
    id 3
    label "Minneapolis/St Paul"
    Country "United States"
    Longitude -93.26384
    Internal 1
    Latitude 44.97997
    type "Customer Service PoP"
  ]
  node [
    id 4
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
    type "PoP with Peering"
  ]
  node [
    id 5
    label "Santa Clara"
    Country "United States"
    Longitude -121.95524
    Internal 1
    Latitude 37.35411
    type "PoP with Peering"
  ]
  node [
    id 6
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
    type "Customer Service PoP"
  ]
  node [
    id 7
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
    type "Customer Service PoP"
  ]
  node [
    id 8
    label "Sacramento"
    Country "United States"
    Longitude -121.4944
    Internal 1
    Latitude 38.58157
    type "Customer Service PoP"
  ]
  node [
    id 9
    label "Santa Rose"
    Country "United States"
    Longitude -122.71443
    Internal 1
    Latitude 38.44047
    type "Customer Service PoP"
  ]
  node [
    id 10
    label "Salem"
    Country "United States"
    Longitude -123.0351
    Internal 1
    Latitude 44.9429
    type "Customer Service PoP"
  ]
  node [
    id 11
    label "Bend"
    geocode_append "OR"
    Country "United States"
    Longitude -121.31531
    Internal 1
    Latitude 44.05817
    type "Customer Service PoP"
  ]
  node [
    id 12
    label "Eugene"
    Country "United States"
    Longitude -123.08675
    Internal 1
    Latitude 44.05207
    type "Customer Service PoP"
  ]
  node [
    id 13
    label "Reno"
    Country "United States"
    Longitude -119.8138
    Internal 1
    Latitude 39.52963
    type "Customer Service PoP"
  ]
  node [
    id 14
    label "Rancho Cordova"
    Country "United States"
    Longitude -121.30273
    Internal 1
    Latitude 38.58907
    type "Customer Service PoP"
  ]
  node [
    id 15
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "PoP with Peering"
  ]
  node [
    id 16
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "PoP with Peering"
  ]
  node [
    id 17
    label "Spokane"
    Country "United States"
    Longitude -117.42605
    Internal 1
    Latitude 47.65878
    type "Customer Service PoP"
  ]
  node [
    id 18
    label "Fargo?"
    geocode_append "ND"
    Country "United States"
    Longitude -96.7898
    Internal 1
    Latitude 46.87719
    type "Customer Service PoP"
  ]
  node [
    id 19
    label "Billings"
    Country "United States"
    Longitude -108.50069
    Internal 1
    Latitude 45.78329
    type "Customer Service PoP"
  ]
  node [
    id 20
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
    type "Customer Service PoP"
  ]
  node [
    id 21
    label "Ogden"
    Country "United States"
    Longitude -111.97383
    Internal 1
    Latitude 41.223
    type "Customer Service PoP"
  ]
  node [
    id 22
    label "Orem"
    Country "United States"
    Longitude -111.69465
    Internal 1
    Latitude 40.2969
    type "Customer Service PoP"
  ]
  node [
    id 23
    label "Salt Lake City"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
    type "Customer Service PoP"
  ]
  node [
    id 24
    label "Boise"
    Country "United States"
    Longitude -116.20345
    Internal 1
    Latitude 43.6135
    type "Customer Service PoP"
  ]
  node [
    id 25
    label "Portland"
    Country "United States"
    Longitude -122.67621
    Internal 1
    Latitude 45.52345
    type "Customer Service PoP"
  ]
  node [
    id 26
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
    type "Customer Service PoP"
  ]
  edge [
    source 0
    target 16
    id "e24"
  ]
  edge [
    source 0
    target 3
    id "e23"
  ]
  edge [
    source 0
    target 20
    id "e3"
  ]
  edge [
    source 1
    target 20
    id "e4"
  ]
  edge [
    source 1
    target 7
    id "e25"
  ]
  edge [
    source 2
    target 18
    id "e19"
  ]
  edge [
    source 2
    target 3
    id "e21"
  ]
  edge [
    source 3
    target 18
    id "e20"
  ]
  edge [
    source 3
    target 26
    id "e17"
  ]
  edge [
    source 3
    target 15
    id "e22"
  ]
  edge [
    source 4
    target 5
    id "e29"
  ]
  edge [
    source 4
    target 6
    id "e26"
  ]
  edge [
    source 4
    target 7
    id "e28"
  ]
  edge [
    source 5
    target 8
    id "e30"
  ]
  edge [
    source 6
    target 23
    id "e10"
  ]
  edge [
    source 6
    target 7
    id "e27"
  ]
  edge [
    source 8
    target 9
    id "e32"
  ]
  edge [
    source 8
    target 13
    id "e33"
  ]
  edge [
    source 8
    target 14
    id "e31"
  ]
  edge [
    source 8
    target 25
    id "e12"
  ]
  edge [
    source 10
    target 25
    id "e15"
  ]
  edge [
    source 10
    target 12
    id "e34"
  ]
  edge [
    source 11
    target 25
    id "e14"
  ]
  edge [
    source 11
    target 26
    id "e18"
  ]
  edge [
    source 13
    target 23
    id "e8"
  ]
  edge [
    source 15
    target 16
    id "e35"
  ]
  edge [
    source 17
    target 26
    id "e16"
  ]
  edge [
    source 17
    target 19
    id "e0"
  ]
  edge [
    source 19
    target 20
    id "e1"
  ]
  edge [
    source 20
    target 21
    id "e2"
  ]
  edge [
    source 21
    target 22
    id "e5"
  ]
  edge [
    source 21
    target 23
    id "e6"
  ]
  edge [
    source 22
    target 23
    id "e7"
  ]
  edge [
    source 23
    target 24
    id "e9"
  ]
  edge [
    source 24
    target 25
    id "e11"
  ]
  edge [
    source 25
    target 26
    id "e13"
  ]
]
