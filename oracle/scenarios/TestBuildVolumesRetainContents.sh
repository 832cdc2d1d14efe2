# source: integration-cli/docker_cli_build_test.go TestBuildVolumesRetainContents
# fixtures: busybox
C=$(mkctx volretain <<'DF'

FROM busybox
COPY content /foo/file
VOLUME /foo
CMD cat /foo/file
DF
)
printf 'some text' > "$C/content"
d build -t testbuildvolumescontent "$C"
d run --rm --network none testbuildvolumescontent
