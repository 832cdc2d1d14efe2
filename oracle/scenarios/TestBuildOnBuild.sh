# source: integration-cli/docker_cli_build_test.go TestBuildOnBuild
# fixtures: busybox
C1=$(mkctx onbuild1 <<'DF'
FROM busybox
		ONBUILD RUN touch foobar
DF
)
d build -t testbuildonbuild "$C1"
d inspect --format '{{json .Config.OnBuild}}' testbuildonbuild
C2=$(mkctx onbuild2 <<'DF'
FROM testbuildonbuild
		RUN [ -f foobar ]
DF
)
d build -t testbuildonbuild "$C2"
d inspect --format '{{json .Config.OnBuild}}' testbuildonbuild
