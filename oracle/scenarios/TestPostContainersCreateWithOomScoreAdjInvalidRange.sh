# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateWithOomScoreAdjInvalidRange (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --oom-score-adj 1001 busybox
d create --network none --oom-score-adj -1001 busybox
d ps -aq
