# source: integration-cli/docker_api_containers_test.go TestContainerAPICommitWithLabelInConfig (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name testcontainer busybox /bin/sh -c 'touch /test'
d commit -c 'LABEL key1=value1 key2=value2' testcontainer testcontainerapicommitwithlabelinconfig
d inspect -f '{{json .Config.Labels}} {{json .Config.Cmd}}' testcontainerapicommitwithlabelinconfig
d run --rm --network none testcontainerapicommitwithlabelinconfig ls /test
