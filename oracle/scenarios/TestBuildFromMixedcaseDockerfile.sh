# source: integration-cli/docker_cli_build_test.go TestBuildFromMixedcaseDockerfile
# fixtures: busybox
C=$(mkctx mixedcase <<'DF'
FROM busybox
	RUN echo from dockerfile
DF
)
mv "$C/Dockerfile" "$C/dockerfile"
d build -t test1 "$C"
printf 'FROM busybox\n\tRUN echo from Dockerfile\n' > "$C/Dockerfile"
d build -t test1 "$C"
