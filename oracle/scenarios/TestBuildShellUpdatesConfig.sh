# source: integration-cli/docker_cli_build_test.go TestBuildShellUpdatesConfig
# fixtures: none
C=$(mkctx shellcfg <<'DF'
FROM scratch
        SHELL ["foo", "-bar"]
DF
)
d build -t testbuildshellupdatesconfig "$C"
d inspect --format '{{json .ContainerConfig.Cmd}} {{json .ContainerConfig.Shell}} {{json .Config.Shell}}' testbuildshellupdatesconfig
