# source: integration-cli/docker_cli_rmi_test.go TestRmiImageIDForceWithRunningContainersAndMultipleTags
# fixtures: busybox
C=$(mkctx t14116 <<'DF'
FROM busybox
RUN echo test 14116
DF
)
d build -q -t test-14116 "$C"
IMG=$(q inspect --format '{{.Id}}' test-14116)
d tag "$IMG" newtag
d run -d --network none --name sleeper "$IMG" sleep 600
d rmi -f "$IMG"
d images
