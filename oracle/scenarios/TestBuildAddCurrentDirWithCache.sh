# source: integration-cli/docker_cli_build_test.go TestBuildAddCurrentDirWithCache (ADD . misses the cache on a new or changed file, not on a touched file)
# fixtures: busybox
C=$(mkctx curdir <<'DF'

        FROM scratch
        MAINTAINER dockerio
        ADD . /usr/lib/bla
DF
)
ctxfile curdir foo hello
d build -t testbuildaddcurrentdirwithcache "$C"
ctxfile curdir bar hello2
d build -t testbuildaddcurrentdirwithcache2 "$C"
ctxfile curdir foo hello1
d build -t testbuildaddcurrentdirwithcache3 "$C"
tick
ctxfile curdir foo hello1
d build -t testbuildaddcurrentdirwithcache4 "$C"
dsort images --format '{{.Repository}} {{.ID}}' --filter reference='testbuildaddcurrentdirwithcache*'
