# source: integration-cli/docker_api_images_test.go TestAPIImagesSizeCompatibility
# fixtures: busybox twolayer
apij GET /images/json -- '[[i["RepoTags"], i["Size"], i.get("VirtualSize"), i["SharedSize"], i["Containers"]] for i in j]'
API_VERSION=v1.24 apij GET /images/json -- '[[i["RepoTags"], i["Size"], i.get("VirtualSize"), i["SharedSize"], i["Containers"]] for i in j]'
