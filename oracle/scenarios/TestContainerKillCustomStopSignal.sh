# source: integration-cli/docker_api_containers_test.go TestContainerKillCustomStopSignal (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name stopsig --stop-signal SIGUSR1 busybox top
d kill stopsig
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' stopsig
