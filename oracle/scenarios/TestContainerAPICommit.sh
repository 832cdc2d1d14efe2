# source: integration-cli/docker_api_containers_test.go TestContainerAPICommit (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name testcontainer busybox /bin/sh -c 'touch /test'
d commit testcontainer testcontainerapicommit:testtag
d inspect -f '{{json .Config.Cmd}} {{.Parent}}' testcontainerapicommit:testtag
d run --rm --network none testcontainerapicommit:testtag ls /test
