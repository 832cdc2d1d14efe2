# source: integration-cli/docker_cli_build_test.go TestBuildEmptyEntrypointInheritance (ENTRYPOINT [] clears the parent's)
# fixtures: busybox
C=$(mkctx ep1 <<'DF'
FROM busybox
        ENTRYPOINT ["/bin/echo"]
DF
)
d build -t testbuildentrypointinheritance "$C"
d inspect --format '{{.Config.Entrypoint}}' testbuildentrypointinheritance
C=$(mkctx ep2 <<'DF'
FROM testbuildentrypointinheritance
        ENTRYPOINT []
DF
)
d build -t testbuildentrypointinheritance2 "$C"
d inspect --format '{{.Config.Entrypoint}} {{json .Config.Entrypoint}}' testbuildentrypointinheritance2
