# source: integration-cli/docker_cli_build_test.go TestBuildVerifySingleQuoteFails (CMD with single quotes is a shell command, which fails)
# fixtures: busybox
C=$(mkctx singlequote <<'DF'
FROM busybox
		CMD [ '/bin/sh', '-c', 'echo hi' ]
DF
)
d build -t testbuildsinglequotefails "$C"
d run --rm --network none testbuildsinglequotefails
d inspect --format '{{json .Config.Cmd}}' testbuildsinglequotefails
