# source: integration-cli/docker_cli_build_test.go TestBuildOnBuildLimitedInheritance (ONBUILD triggers run in the child only, not the grandchild)
# fixtures: busybox
C=$(mkctx t1 <<'DF'

		FROM busybox
		RUN echo "GRANDPARENT"
		ONBUILD RUN echo "ONBUILD PARENT"
		
DF
)
d build -t testonbuildtrigger1 "$C"
C=$(mkctx t2 < <(printf 'FROM testonbuildtrigger1'))
d build -t testonbuildtrigger2 "$C"
C=$(mkctx t3 < <(printf 'FROM testonbuildtrigger2'))
d build -t testonbuildtrigger3 "$C"
