# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageNameVariants (stage names are case-insensitive)
# fixtures: busybox
C=$(mkctx names <<'DF'

		FROM busybox as foo
		COPY foo /
		FROM foo as foo1
		RUN echo 1 >> foo
		FROM foo as foO2
		RUN echo 2 >> foo
		FROM foo
		COPY --from=foo1 foo f1
		COPY --from=FOo2 foo f2
		
DF
)
ctxfile names foo bar
d build -t build1 "$C"
d run --rm --network none build1 cat foo f1 f2
