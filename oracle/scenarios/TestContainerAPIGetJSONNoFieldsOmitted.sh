# source: integration-cli/docker_api_containers_test.go TestContainerAPIGetJSONNoFieldsOmitted
# fixtures: busybox
d run --network none busybox true
apij GET '/containers/json?all=1' -- '[list(c.keys()) for c in j]'
apij GET '/containers/json?all=1' -- '[[c["Image"], c["Command"], c["Ports"], c["Labels"], c["State"], c["HostConfig"], c["Mounts"]] for c in j]'
