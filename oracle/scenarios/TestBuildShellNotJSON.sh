# source: integration-cli/docker_cli_build_test.go TestBuildShellNotJSON
# fixtures: none
C=$(mkctx shellnotjson <<'DF'
FROM scratch
        sHeLl exec -form
DF
)
d build -t testbuildshellnotjson "$C"
