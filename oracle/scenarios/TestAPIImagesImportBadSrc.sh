# source: integration-cli/docker_api_images_test.go TestAPIImagesImportBadSrc
# (only the source that needs no HTTP server: a test server's port would show in the messages)
# fixtures: none
API_CT=application/json API_HEADERS=Content-Type api POST '/images/create?fromSrc=%2Fdata%2Ffile.tar'
