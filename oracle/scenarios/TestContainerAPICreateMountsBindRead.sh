# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateMountsBindRead
# fixtures: busybox
mkdir -p $TMP/bind && printf hello >$TMP/bind/bar
api POST '/containers/create?name=test' '{"Image":"busybox","Cmd":["/bin/sh","-c","cat /foo/bar"],"HostConfig":{"NetworkMode":"none","Mounts":[{"Type":"bind","Source":"'$TMP/bind'","Target":"/foo"}]}}'
d start -a test
