# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateMultipleNetworksConfig
# (the daemon names the networks in random order: the names are sorted here)
# fixtures: busybox
apij POST /containers/create '{"Image":"busybox","HostConfig":{},"NetworkingConfig":{"EndpointsConfig":{"net1":{},"net2":{},"net3":{}}}}' -- 'j["message"].split(": ")[0] + ": " + ", ".join(sorted(j["message"].split(": ")[1].split(", ")))'
