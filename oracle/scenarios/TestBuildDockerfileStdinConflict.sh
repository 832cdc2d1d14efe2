# source: integration-cli/docker_cli_build_test.go TestBuildDockerfileStdinConflict (-f - with a context from stdin is refused)
# fixtures: busybox
d build -t stdindockerfiletarcontext -f - -
