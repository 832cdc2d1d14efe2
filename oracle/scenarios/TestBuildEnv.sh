# source: integration-cli/docker_cli_build_test.go TestBuildEnv
# fixtures: busybox
C=$(mkctx bldenv <<'DF'
FROM busybox
		ENV PATH /test:$PATH
		ENV PORT 2375
		RUN [ $(env | grep PORT) = 'PORT=2375' ]
DF
)
d build -t testbuildenv "$C"
d inspect --format '{{.Config.Env}}' testbuildenv
