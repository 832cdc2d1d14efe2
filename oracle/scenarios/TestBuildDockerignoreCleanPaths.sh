# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoreCleanPaths (.dockerignore patterns are cleaned: ./foo, dir1//foo, ./dir1/../foo2)
# fixtures: busybox
C=$(mkctx cleanpaths <<'DF'

        FROM busybox
        ADD . /tmp/
        RUN sh -c "(! ls /tmp/foo) && (! ls /tmp/foo2) && (! ls /tmp/dir1/foo)"
DF
)
ctxfile cleanpaths foo foo
ctxfile cleanpaths foo2 foo2
ctxfile cleanpaths dir1/foo 'foo in dir1'
ctxfile cleanpaths .dockerignore './foo
dir1//foo
./dir1/../foo2'
d build -t testbuilddockerignorecleanpaths "$C"
d run --rm --network none testbuilddockerignorecleanpaths sh -c 'find /tmp | sort'
