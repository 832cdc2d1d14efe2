# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgQuotedValVariants
# fixtures: busybox
C=$(mkctx bldargquoted <<'DF'
FROM busybox
		ARG foo=""
		ARG foo1=''
		ARG foo2="''"
		ARG foo3='""'
		RUN [ "$foo" != "$foo2" ]
		RUN [ "$foo" != "$foo3" ]
		RUN [ "$foo1" != "$foo2" ]
		RUN [ "$foo1" != "$foo3" ]
		RUN [ "$foo2" != "$foo3" ]
DF
)
d build -q -t bldargtest "$C"
d history --no-trunc --format '{{.CreatedBy}}' bldargtest
