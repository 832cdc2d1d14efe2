# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageMultipleBuilds
# fixtures: busybox
C=$(mkctx msmulti1 <<'DF'

		FROM busybox
		COPY foo bar
DF
)
printf abc > "$C/foo"
d build -t build1 "$C"
C=$(mkctx msmulti2 <<'DF'

		FROM build1:latest AS foo
    FROM busybox
		COPY --from=foo bar /
		COPY foo /
DF
)
printf def > "$C/foo"
d build -t build2 "$C"
d run --rm --network none build2 cat bar
d run --rm --network none build2 cat foo
