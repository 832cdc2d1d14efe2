# source: integration/volume/volume_test.go TestVolumesInvalidJSON
# fixtures: none
api POST /volumes/create '{invalid json'
API_CT=application/json api POST /volumes/create
