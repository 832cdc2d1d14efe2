# source: integration-cli/docker_cli_build_test.go TestBuildDockerignore (.dockerignore patterns: names, directories, *.md, **/*.cc)
# fixtures: busybox
C=$(mkctx ignore <<'DF'

		FROM busybox
		 ADD . /bla
		RUN sh -c "[[ -f /bla/src/x.go ]]"
		RUN sh -c "[[ -f /bla/Makefile ]]"
		RUN sh -c "[[ ! -e /bla/src/_vendor ]]"
		RUN sh -c "[[ ! -e /bla/.gitignore ]]"
		RUN sh -c "[[ ! -e /bla/README.md ]]"
		RUN sh -c "[[ ! -e /bla/dir/foo ]]"
		RUN sh -c "[[ ! -e /bla/foo ]]"
		RUN sh -c "[[ ! -e /bla/.git ]]"
		RUN sh -c "[[ ! -e v.cc ]]"
		RUN sh -c "[[ ! -e src/v.cc ]]"
		RUN sh -c "[[ ! -e src/_vendor/v.cc ]]"
DF
)
ctxfile ignore Makefile 'all:'
ctxfile ignore .git/HEAD 'ref: foo'
ctxfile ignore src/x.go 'package main'
ctxfile ignore src/_vendor/v.go 'package main'
ctxfile ignore src/_vendor/v.cc 'package main'
ctxfile ignore src/v.cc 'package main'
ctxfile ignore v.cc 'package main'
ctxfile ignore dir/foo ''
ctxfile ignore .gitignore ''
ctxfile ignore README.md 'readme'
ctxfile ignore .dockerignore '
.git
pkg
.gitignore
src/_vendor
*.md
**/*.cc
dir'
d build -t testbuilddockerignore "$C"
d run --rm --network none testbuilddockerignore sh -c 'find /bla | sort'
