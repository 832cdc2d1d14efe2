# source: integration-cli/docker_cli_build_test.go TestBuildOnBuildCmdEntrypointJSON
# fixtures: busybox
C=$(mkctx onbuildcmd <<'DF'

FROM busybox
ONBUILD CMD ["hello world"]
ONBUILD ENTRYPOINT ["echo"]
ONBUILD RUN ["true"]
DF
)
d build -t onbuildcmd "$C"
C=$(mkctx onbuildgenerated < <(printf 'FROM onbuildcmd'))
d build -t onbuildgenerated "$C"
d run --rm --network none onbuildgenerated
