# source: integration-cli/docker_cli_build_test.go TestBuildWithTabs
# fixtures: busybox
C=$(mkctx tabs < <(printf 'FROM busybox\nRUN echo\tone\t\ttwo'))
d build -t testbuildwithtabs "$C"
d inspect --format '{{json .ContainerConfig.Cmd}}' testbuildwithtabs
