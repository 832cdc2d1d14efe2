# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoreExceptions (.dockerignore exceptions: !dir/e*, !dir/dir/foo, !**/*.cc)
# fixtures: busybox
C=$(mkctx ignoreexc <<'DF'

		FROM busybox
		ADD . /bla
		RUN sh -c "[[ -f /bla/src/x.go ]]"
		RUN sh -c "[[ -f /bla/Makefile ]]"
		RUN sh -c "[[ ! -e /bla/src/_vendor ]]"
		RUN sh -c "[[ ! -e /bla/.gitignore ]]"
		RUN sh -c "[[ ! -e /bla/README.md ]]"
		RUN sh -c "[[  -e /bla/dir/dir/foo ]]"
		RUN sh -c "[[ ! -e /bla/dir/foo1 ]]"
		RUN sh -c "[[ -f /bla/dir/e ]]"
		RUN sh -c "[[ -f /bla/dir/e-dir/foo ]]"
		RUN sh -c "[[ ! -e /bla/foo ]]"
		RUN sh -c "[[ ! -e /bla/.git ]]"
		RUN sh -c "[[ -e /bla/dir/a.cc ]]"
DF
)
ctxfile ignoreexc Makefile 'all:'
ctxfile ignoreexc .git/HEAD 'ref: foo'
ctxfile ignoreexc src/x.go 'package main'
ctxfile ignoreexc src/_vendor/v.go 'package main'
ctxfile ignoreexc dir/foo ''
ctxfile ignoreexc dir/foo1 ''
ctxfile ignoreexc dir/dir/f1 ''
ctxfile ignoreexc dir/dir/foo ''
ctxfile ignoreexc dir/e ''
ctxfile ignoreexc dir/e-dir/foo ''
ctxfile ignoreexc .gitignore ''
ctxfile ignoreexc README.md 'readme'
ctxfile ignoreexc dir/a.cc 'hello'
ctxfile ignoreexc .dockerignore '
.git
pkg
.gitignore
src/_vendor
*.md
dir
!dir/e*
!dir/dir/foo
**/*.cc
!**/*.cc'
d build -t testbuilddockerignoreexceptions "$C"
d run --rm --network none testbuilddockerignoreexceptions sh -c 'find /bla | sort'
