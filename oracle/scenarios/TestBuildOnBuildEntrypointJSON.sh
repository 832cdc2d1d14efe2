# source: integration-cli/docker_cli_build_test.go TestBuildOnBuildEntrypointJSON
# fixtures: busybox
C=$(mkctx onbuildcmd <<'DF'

FROM busybox
ONBUILD ENTRYPOINT ["echo"]
DF
)
d build -t onbuildcmd "$C"
C=$(mkctx onbuildgenerated <<'DF'
FROM onbuildcmd
CMD ["hello world"]
DF
)
d build -t onbuildgenerated "$C"
d run --rm --network none onbuildgenerated
