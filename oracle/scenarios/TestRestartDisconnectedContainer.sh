# source: integration-cli/docker_cli_restart_test.go TestRestartDisconnectedContainer
# fixtures: busybox
d run -d --name c0 busybox top
d network disconnect bridge c0
d restart -t 1 c0
d inspect -f '{{json .NetworkSettings.Networks}} {{.State.Status}}' c0
d create --name c1 busybox top
d network disconnect bridge c1
d inspect -f '{{json .NetworkSettings.Networks}} {{.HostConfig.NetworkMode}}' c1
d start c1
d inspect -f '{{json .NetworkSettings.Networks}} {{.State.Status}} {{.Config.NetworkDisabled}}' c1
d rm -f c0 c1
