# source: integration-cli/docker_cli_info_test.go TestInfoDisplaysPausedContainers (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name paused busybox top
d pause paused
d info --format 'Containers: {{.Containers}} Running: {{.ContainersRunning}} Paused: {{.ContainersPaused}} Stopped: {{.ContainersStopped}}'
sh_d "engine info 2>/dev/null | grep -E '^ (Containers|  Running|  Paused|  Stopped|Images):'"
d rm -f paused
