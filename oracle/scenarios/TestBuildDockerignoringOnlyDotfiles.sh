# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringOnlyDotfiles
# fixtures: busybox
C=$(mkctx ignoredots <<'DF'

		FROM busybox
		COPY . /
		RUN sh -c "[[ ! -e /.gitignore ]]"
		RUN sh -c "[[ -f /Makefile ]]"
DF
)
ctxfile ignoredots .dockerignore '.*'
ctxfile ignoredots Makefile 'all:'
ctxfile ignoredots .gitignore ''
d build -t testbuilddockerignorewholedir "$C"
