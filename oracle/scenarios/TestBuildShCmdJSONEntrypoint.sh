# source: integration-cli/docker_cli_build_test.go TestBuildShCmdJSONEntrypoint (a shell-form CMD after an exec-form ENTRYPOINT)
# fixtures: busybox
C=$(mkctx shcmd <<'DF'

    FROM busybox
    ENTRYPOINT ["echo"]
    CMD echo test
    
DF
)
d build -t testbuildshcmdjsonentrypoint "$C"
d run --rm --network none testbuildshcmdjsonentrypoint
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' testbuildshcmdjsonentrypoint
