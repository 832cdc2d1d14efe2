# source: integration-cli/docker_cli_build_test.go TestBuildEntrypointCanBeOverriddenByChildInspect
# fixtures: busybox
C=$(mkctx bldepparent <<'DF'
FROM busybox
ENTRYPOINT /foo/bar
DF
)
d build -t testbuildepinherit "$C"
C2=$(mkctx bldepchild <<'DF'
FROM testbuildepinherit
ENTRYPOINT echo quux
DF
)
d build -t testbuildepinherit2 "$C2"
d inspect --format '{{json .Config.Entrypoint}}' testbuildepinherit2
d run --rm --network none testbuildepinherit2
