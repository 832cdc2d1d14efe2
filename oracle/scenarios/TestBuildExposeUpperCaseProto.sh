# source: integration-cli/docker_cli_build_test.go TestBuildExposeUpperCaseProto (EXPOSE 5678/UDP is stored lower-case)
# fixtures: none
C=$(mkctx exposeudp <<'DF'
FROM scratch
        EXPOSE 5678/UDP
DF
)
d build -t testbuildexposeuppercaseproto "$C"
d inspect --format '{{.Config.ExposedPorts}}' testbuildexposeuppercaseproto
