# source: integration-cli/docker_cli_build_test.go TestBuildLabels (LABEL in both forms)
# fixtures: busybox
C=$(mkctx labels <<'DF'
FROM busybox
		LABEL Vendor=Acme
                LABEL License GPL
DF
)
d build -t testbuildlabel "$C"
d inspect --format '{{json .Config.Labels}}' testbuildlabel
