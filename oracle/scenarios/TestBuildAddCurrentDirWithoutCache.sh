# source: integration-cli/docker_cli_build_test.go TestBuildAddCurrentDirWithoutCache (--no-cache rebuilds ADD . into a new image)
# fixtures: busybox
C=$(mkctx curdirnc <<'DF'

        FROM scratch
        MAINTAINER dockerio
        ADD . /usr/lib/bla
DF
)
ctxfile curdirnc foo hello
d build -t testbuildaddcurrentdirwithoutcache "$C"
ID1=$(q images -q testbuildaddcurrentdirwithoutcache)
tick
d build --no-cache -t testbuildaddcurrentdirwithoutcache "$C"
ID2=$(q images -q testbuildaddcurrentdirwithoutcache)
[ "$ID1" = "$ID2" ] && note "same image" || note "different image"
