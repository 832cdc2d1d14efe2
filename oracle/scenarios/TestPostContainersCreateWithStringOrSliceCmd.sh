# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateWithStringOrSliceCmd (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name echotest busybox echo hello world
d start -a echotest
d inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' echotest
