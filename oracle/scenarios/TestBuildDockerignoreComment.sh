# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoreComment (# starts a comment only at the beginning of a .dockerignore line)
# fixtures: busybox
C=$(mkctx ignorecomment <<'DF'

        FROM busybox
        ADD . /tmp/
        RUN sh -c "(ls /tmp/#1)"
        RUN sh -c "(! ls /tmp/#2)"
        RUN sh -c "(! ls /tmp/foo) && (! ls /tmp/foo2) && (ls /tmp/dir1/foo)" 2>&1
DF
)
ctxfile ignorecomment foo foo
ctxfile ignorecomment foo2 foo2
ctxfile ignorecomment dir1/foo 'foo in dir1'
ctxfile ignorecomment '#1' '# file 1'
ctxfile ignorecomment '#2' '# file 2'
ctxfile ignorecomment .dockerignore '# Visual C++ cache files
# because we have git ;-)
# The above comment is from #20083
foo
#dir1/foo
foo2
# The following is considered as comment as # is at the beginning
#1
# The following is not considered as comment as # is not at the beginning
  #2
'
d build -t testbuilddockerignorecleanpaths "$C"
