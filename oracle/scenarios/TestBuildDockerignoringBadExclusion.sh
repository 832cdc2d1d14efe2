# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringBadExclusion (a lone "!" in .dockerignore is an error)
# fixtures: busybox
C=$(mkctx badexcl <<'DF'

		FROM busybox
		COPY . /
		RUN sh -c "[[ ! -e /.gitignore ]]"
		RUN sh -c "[[ -f /Makefile ]]"
DF
)
ctxfile badexcl Makefile 'all:'
ctxfile badexcl .gitignore ''
ctxfile badexcl .dockerignore '!
'
d build -t testbuilddockerignorebadexclusion "$C"
