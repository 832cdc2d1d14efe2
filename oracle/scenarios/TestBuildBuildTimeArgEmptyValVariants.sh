# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgEmptyValVariants
# fixtures: busybox
C=$(mkctx emptyval <<'DF'
FROM busybox
		ARG foo=
		ARG foo1=""
		ARG foo2=''
		RUN [ "$foo" = "$foo1" ]
		RUN [ "$foo1" = "$foo2" ]
		RUN [ "$foo" = "$foo2" ]
DF
)
d build -q -t bldargtest "$C"
d history --format '{{.CreatedBy}}' --no-trunc bldargtest
