# source: integration-cli/docker_api_containers_test.go TestContainerAPIBadPort
# fixtures: busybox
api POST /containers/create '{"Image":"busybox","Cmd":["/bin/sh","-c","echo test"],"HostConfig":{"PortBindings":{"8080/tcp":[{"HostIp":"","HostPort":"aa80"}]}}}'
