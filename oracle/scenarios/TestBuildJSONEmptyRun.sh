# source: integration-cli/docker_cli_build_test.go TestBuildJSONEmptyRun (RUN [] builds)
# fixtures: busybox
C=$(mkctx jsonemptyrun <<'DF'

    FROM busybox
    RUN []
    
DF
)
d build -t testbuildjsonemptyrun "$C"
d history --format '{{.CreatedBy}} {{.Size}}' testbuildjsonemptyrun
d inspect --format '{{json .Config.Cmd}} {{json .ContainerConfig.Cmd}} {{len .RootFS.Layers}}' testbuildjsonemptyrun
