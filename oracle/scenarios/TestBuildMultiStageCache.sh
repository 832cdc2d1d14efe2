# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageCache
# fixtures: busybox
C=$(mkctx mscache <<'DF'

		FROM busybox
		ADD baz /
		FROM busybox
    ADD baz /
DF
)
ctxfile mscache baz baz
d build -t build1 "$C"
d build -t build2 --cache-from=build1 "$C"
