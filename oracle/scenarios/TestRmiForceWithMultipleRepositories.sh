# source: integration-cli/docker_cli_rmi_test.go TestRmiForceWithMultipleRepositories
# fixtures: busybox
C=$(mkctx rmi <<'DF'
FROM busybox
		MAINTAINER "docker"
DF
)
d build -q -t rmiimage:tag1 "$C"
d tag rmiimage:tag1 rmiimage:tag2
d rmi -f rmiimage:tag2
d images -a
