# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageCopyFromErrors (the cases whose --from names an unknown image are left out: their message quotes the host's DNS failure)
# fixtures: busybox
C=$(mkctx e2 <<'DF'

		FROM busybox
		COPY --from=0 foo bar
DF
)
ctxfile e2 foo abc
d build -t build1 "$C"
C=$(mkctx e4 <<'DF'

		FROM busybox AS 1
		COPY --from=1 foo bar
DF
)
ctxfile e4 foo abc
d build -t build1 "$C"
