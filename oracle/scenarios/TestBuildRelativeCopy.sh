# source: integration-cli/docker_cli_build_test.go TestBuildRelativeCopy (relative COPY/ADD destinations are resolved against WORKDIR)
# fixtures: busybox
C=$(mkctx relcopy <<'DF'
FROM busybox
			WORKDIR /test1
			WORKDIR test2
			RUN sh -c "[ "$PWD" = '/test1/test2' ]"
			COPY foo ./
			RUN sh -c "[ $(cat /test1/test2/foo) = 'hello' ]"
			ADD foo ./bar/baz
			RUN sh -c "[ $(cat /test1/test2/bar/baz) = 'hello' ]"
			COPY foo ./bar/baz2
			RUN sh -c "[ $(cat /test1/test2/bar/baz2) = 'hello' ]"
			WORKDIR ..
			COPY foo ./
			RUN sh -c "[ $(cat /test1/foo) = 'hello' ]"
			COPY foo /test3/
			RUN sh -c "[ $(cat /test3/foo) = 'hello' ]"
			WORKDIR /test4
			COPY . .
			RUN sh -c "[ $(cat /test4/foo) = 'hello' ]"
			WORKDIR /test5/test6
			COPY foo ../
			RUN sh -c "[ $(cat /test5/foo) = 'hello' ]"
			
DF
)
ctxfile relcopy foo hello
d build -t testbuildrelativecopy "$C"
d run --rm --network none testbuildrelativecopy sh -c 'find /test1 /test3 /test4 /test5 | sort'
