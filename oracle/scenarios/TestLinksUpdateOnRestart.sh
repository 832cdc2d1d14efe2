# source: integration-cli/docker_cli_links_test.go TestLinksUpdateOnRestart (no bridge: no address in /etc/hosts; the child's restart keeps the link)
# fixtures: busybox
d run -d --name one busybox top
d run -d --name two --link one:onetwo --link one:one busybox top
d run -d --name three --link one:onetwo busybox top
d inspect --format '{{.NetworkSettings.Networks.bridge.IPAddress}}|' one
d exec two cat /etc/hosts
d restart -t 0 one
d exec two cat /etc/hosts
d stop -t 0 one
d restart -t 0 three
d start three
d rm -f one two three
