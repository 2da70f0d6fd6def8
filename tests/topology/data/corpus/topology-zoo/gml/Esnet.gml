graph [
  DateObtained "11/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "ESnet"
  Provenance "Primary"
  Note "Many connections cannot be clearly read from the original picture. This is an approximated reproduction of the original graph."
  Source "http://www.es.net/pub/maps/current.jpg"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Esnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "12"
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2007_12"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "ELPA"
    Country "United States"
    Longitude -106.48693
    Internal 1
    Latitude 31.75872
  ]
  node [
    id 1
    label "CHI-SL"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 2
    label "Denv"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 3
    label "ALBU"
    Country "United States"
    Longitude -106.65114
    Internal 1
    Latitude 35.08449
  ]
  node [
    id 4
    label "ANL"
    Internal 1
  ]
  node [
    id 5
    label "AMES"
    Internal 1
  ]
  node [
    id 6
    label "CHIC"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 7
    label "FNAL"
    Internal 1
  ]
  node [
    id 8
    label "DOE-A"
    Internal 1
  ]
  node [
    id 9
    label "Allied Signal"
    Internal 1
  ]
  node [
    id 10
    label "NASH"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
  ]
  node [
    id 11
    label "ATLA"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 12
    label "Abilene"
    Internal 0
  ]
  node [
    id 13
    label "PacificWave"
    Internal 0
  ]
  node [
    id 14
    label "AU"
    Internal 0
  ]
  node [
    id 15
    label "NASA"
    Internal 0
  ]
  node [
    id 16
    label "None"
    Internal 1
  ]
  node [
    id 17
    label "None"
    Internal 1
  ]
  node [
    id 18
    label "NETL"
    Internal 1
  ]
  node [
    id 19
    label "DOE"
    Internal 1
  ]
  node [
    id 20
    label "None"
    Internal 1
  ]
  node [
    id 21
    label "None"
    Internal 1
  ]
  node [
    id 22
    label "PPPL"
    Internal 1
  ]
  node [
    id 23
    label "BNL"
    Internal 1
  ]
  node [
    id 24
    label "PSFC"
    Internal 1
  ]
  node [
    id 25
    label "None"
    Internal 1
  ]
  node [
    id 26
    label "PANTEX"
    Country "United States"
    Longitude -101.49906
    Internal 1
    Latitude 35.37616
  ]
  node [
    id 27
    label "NREL"
    Internal 1
  ]
  node [
    id 28
    label "GEANT"
    Internal 0
  ]
  node [
    id 29
    label "SNLA"
    Internal 1
  ]
  node [
    id 30
    label "AMPATH"
    Internal 0
  ]
  node [
    id 31
    label "GA"
    Internal 1
  ]
  node [
    id 32
    label "MAXGPOP"
    Internal 0
  ]
  node [
    id 33
    label "CERN"
    Internal 0
  ]
  node [
    id 34
    label "Starlight"
    Internal 0
  ]
  node [
    id 35
    label "Equinix"
    Internal 0
  ]
  node [
    id 36
    label "ARM"
    Internal 1
  ]
  node [
    id 37
    label "NOAA"
    Internal 1
  ]
  node [
    id 38
    label "None"
    Internal 1
  ]
  node [
    id 39
    label "None"
    Internal 1
  ]
  node [
    id 40
    label "None"
    Internal 1
  ]
  node [
    id 41
    label "None"
    Internal 1
  ]
  node [
    id 42
    label "None"
    Internal 1
  ]
  node [
    id 43
    label "None"
    Internal 1
  ]
  node [
    id 44
    label "BECHTEL-NV"
    Internal 1
  ]
  node [
    id 45
    label "YUCCA MT"
    Country "United States"
    Longitude -110.31402
    Internal 1
    Latitude 36.40194
  ]
  node [
    id 46
    label "DOE GTN"
    Internal 1
  ]
  node [
    id 47
    label "NNSA"
    Internal 1
  ]
  node [
    id 48
    label "OSTI"
    Internal 1
  ]
  node [
    id 49
    label "ORAU"
    Internal 1
  ]
  node [
    id 50
    label "ORNL"
    Country "United States"
    Longitude -81.37924
    Internal 1
    Latitude 28.53834
  ]
  node [
    id 51
    label "WASH"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 52
    label "NEWY"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 53
    label "Equinix"
    Internal 0
  ]
  node [
    id 54
    label "JLAB"
    Internal 1
  ]
  node [
    id 55
    label "SRS"
    Internal 1
  ]
  node [
    id 56
    label "PNNL"
    Internal 1
  ]
  node [
    id 57
    label "SInet"
    Internal 0
  ]
  node [
    id 58
    label "Salt Lake"
    Country "United States"
    Longitude -111.89105
    Internal 1
    Latitude 40.76078
  ]
  node [
    id 59
    label "INL"
    Internal 1
  ]
  node [
    id 60
    label "SEA"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 61
    label "SUNN"
    Country "United States"
    Longitude -122.03635
    Internal 1
    Latitude 37.36883
  ]
  node [
    id 62
    label "SNV1"
    Country "United States"
    Longitude -122.03635
    Internal 1
    Latitude 37.36883
  ]
  node [
    id 63
    label "Pacwave"
    Internal 0
  ]
  node [
    id 64
    label "LANL"
    Internal 1
  ]
  node [
    id 65
    label "LIGO"
    Internal 1
  ]
  node [
    id 66
    label "AU"
    Internal 0
  ]
  node [
    id 67
    label "SDSC"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
  ]
  edge [
    source 0
    target 3
    id "e31"
  ]
  edge [
    source 0
    target 11
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 62
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 33
    id "e38"
  ]
  edge [
    source 1
    target 34
    id "e39"
  ]
  edge [
    source 1
    target 6
    id "e40"
  ]
  edge [
    source 1
    target 6
    id "e41"
  ]
  edge [
    source 1
    target 7
    id "e42"
  ]
  edge [
    source 2
    target 58
    id "e25"
  ]
  edge [
    source 2
    target 58
    id "e26"
  ]
  edge [
    source 2
    target 3
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 6
    id "e29"
  ]
  edge [
    source 2
    target 6
    id "e30"
  ]
  edge [
    source 3
    target 64
    id "e34"
  ]
  edge [
    source 3
    target 64
    id "e33"
  ]
  edge [
    source 3
    target 8
    id "e35"
  ]
  edge [
    source 3
    target 27
    LinkLabel "<45Mb"
  ]
  edge [
    source 3
    target 29
    id "e32"
  ]
  edge [
    source 4
    target 5
    id "e53"
  ]
  edge [
    source 4
    target 7
    id "e52"
  ]
  edge [
    source 5
    target 6
    id "e43"
  ]
  edge [
    source 6
    target 35
    id "e51"
  ]
  edge [
    source 6
    target 10
    id "e44"
  ]
  edge [
    source 6
    target 50
    id "e50"
  ]
  edge [
    source 6
    target 18
    id "e46"
  ]
  edge [
    source 6
    target 18
    id "e47"
  ]
  edge [
    source 6
    target 18
    id "e45"
  ]
  edge [
    source 6
    target 51
    id "e48"
  ]
  edge [
    source 6
    target 51
    id "e49"
  ]
  edge [
    source 6
    target 58
    id "e27"
  ]
  edge [
    source 8
    target 26
    id "e91"
  ]
  edge [
    source 8
    target 29
    id "e89"
  ]
  edge [
    source 9
    target 29
    id "e90"
  ]
  edge [
    source 10
    target 11
    id "e54"
  ]
  edge [
    source 11
    target 51
    id "e57"
  ]
  edge [
    source 11
    target 51
    id "e56"
  ]
  edge [
    source 11
    target 50
    id "e58"
  ]
  edge [
    source 11
    target 55
    id "e55"
  ]
  edge [
    source 12
    target 61
    id "e15"
  ]
  edge [
    source 13
    target 61
    id "e16"
  ]
  edge [
    source 14
    target 62
    id "e20"
  ]
  edge [
    source 15
    target 62
    id "e21"
  ]
  edge [
    source 16
    target 17
    id "e84"
  ]
  edge [
    source 16
    target 25
    id "e83"
  ]
  edge [
    source 17
    target 39
    id "e85"
  ]
  edge [
    source 18
    target 51
    id "e68"
  ]
  edge [
    source 18
    target 52
    id "e82"
  ]
  edge [
    source 18
    target 52
    id "e81"
  ]
  edge [
    source 19
    target 51
    id "e69"
  ]
  edge [
    source 20
    target 51
    id "e59"
  ]
  edge [
    source 21
    target 51
    id "e60"
  ]
  edge [
    source 22
    target 52
    id "e75"
  ]
  edge [
    source 23
    target 52
    id "e79"
  ]
  edge [
    source 23
    target 52
    id "e80"
  ]
  edge [
    source 24
    target 52
    id "e77"
  ]
  edge [
    source 25
    target 62
    id "e17"
  ]
  edge [
    source 28
    target 52
    id "e76"
  ]
  edge [
    source 30
    target 67
    id "e24"
  ]
  edge [
    source 31
    target 67
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 32
    target 51
    id "e61"
  ]
  edge [
    source 33
    target 52
    id "e74"
  ]
  edge [
    source 36
    target 50
    id "e73"
  ]
  edge [
    source 37
    target 50
    id "e72"
  ]
  edge [
    source 38
    target 41
    id "e87"
  ]
  edge [
    source 38
    target 39
    id "e86"
  ]
  edge [
    source 40
    target 41
    id "e88"
  ]
  edge [
    source 40
    target 61
    id "e10"
  ]
  edge [
    source 42
    target 61
    LinkSpeed "45"
    LinkLabel "45Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 45000000.0
  ]
  edge [
    source 43
    target 61
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 44
    target 61
    id "e14"
  ]
  edge [
    source 45
    target 61
    id "e13"
  ]
  edge [
    source 46
    target 51
    id "e67"
  ]
  edge [
    source 47
    target 51
    id "e66"
  ]
  edge [
    source 48
    target 50
    id "e71"
  ]
  edge [
    source 49
    target 50
    id "e70"
  ]
  edge [
    source 51
    target 54
    id "e62"
  ]
  edge [
    source 51
    target 52
    id "e64"
  ]
  edge [
    source 51
    target 52
    id "e65"
  ]
  edge [
    source 51
    target 53
    id "e63"
  ]
  edge [
    source 52
    target 57
    id "e78"
  ]
  edge [
    source 56
    target 65
    LinkSpeed "155"
    LinkLabel "155Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 56
    target 60
    id "e4"
  ]
  edge [
    source 58
    target 60
    id "e7"
  ]
  edge [
    source 58
    target 60
    id "e6"
  ]
  edge [
    source 59
    target 60
    id "e8"
  ]
  edge [
    source 60
    target 66
    LinkLabel "1-10Gbps"
  ]
  edge [
    source 60
    target 61
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 60
    target 62
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 60
    target 62
    id "e2"
  ]
  edge [
    source 60
    target 63
    id "e3"
  ]
  edge [
    source 61
    target 62
    LinkLabel ">10Gbps"
  ]
  edge [
    source 62
    target 67
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
