# source: integration-cli/docker_api_network_test.go TestAPINetworkFilter
# fixtures: none
apij GET '/networks?filters=%7B%22name%22%3A%7B%22bridge%22%3Atrue%7D%7D' -- '[n["Name"] for n in j]'
apij GET '/networks?filters=%7B%22name%22%3A%7B%22none%22%3Atrue%7D%7D' -- '[(n["Name"], n["Driver"]) for n in j]'
