# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringWholeDir
# fixtures: busybox
C=$(mkctx ignorewhole <<'DF'

		FROM busybox
		COPY . /
		RUN sh -c "[[ ! -e /.gitignore ]]"
		RUN sh -c "[[ ! -e /Makefile ]]"
DF
)
ctxfile ignorewhole .dockerignore '*
'
ctxfile ignorewhole Makefile 'all:'
ctxfile ignorewhole .gitignore ''
d build -t testbuilddockerignorewholedir "$C"
