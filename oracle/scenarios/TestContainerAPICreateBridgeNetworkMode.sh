# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateBridgeNetworkMode
# fixtures: busybox
apij POST /containers/create '{"Image":"busybox","HostConfig":{"NetworkMode":"bridge"},"NetworkingConfig":{}}' -- 'j["Warnings"]'
sh_d 'engine inspect -f "{{.HostConfig.NetworkMode}} {{range \$k, \$v := .NetworkSettings.Networks}}{{\$k}}{{end}}" $(engine ps -aq)'
sh_d 'engine rm $(engine ps -aq) | wc -l'
