# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgDefinitionWithNoEnvInjection (HOSTNAME filtered out: it is the random build container's)
# fixtures: busybox
C=$(mkctx bldargnoenv <<'DF'
FROM busybox
		ARG foo
		RUN env | grep -v HOSTNAME | sort
DF
)
d build -t bldargtest "$C"
