# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringWildTopDir (**, **/, **/** and * in .dockerignore ignore everything)
# fixtures: busybox
n=0
for variant in '**' '**/' '**/**' '*'; do
n=$((n+1))
C=$(mkctx wildtop$n <<'DF'

		FROM busybox
		COPY . /
		RUN sh -c "[[ ! -e /.dockerignore ]]"
		RUN sh -c "[[ ! -e /Dockerfile ]]"
		RUN sh -c "[[ ! -e /file1 ]]"
		RUN sh -c "[[ ! -e /dir ]]"
DF
)
ctxfile wildtop$n file1 ''
ctxfile wildtop$n dir/file1 ''
ctxfile wildtop$n .dockerignore "$variant"
note "variant $variant"
d build -t noname "$C"
d rmi noname
done
