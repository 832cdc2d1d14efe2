# source: integration-cli/docker_cli_build_test.go TestBuildMaintainer
# fixtures: none
C=$(mkctx maint <<'DF'
FROM scratch
        MAINTAINER dockerio
DF
)
d build -t testbuildmaintainer "$C"
d inspect --format '{{.Author}}' testbuildmaintainer
