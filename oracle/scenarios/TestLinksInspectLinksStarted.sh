# source: integration-cli/docker_cli_links_test.go TestLinksInspectLinksStarted
# fixtures: busybox
d run -d --name container1 busybox top
d run -d --name container2 busybox top
d run -d --name testinspectlink --link container1:alias1 --link container2:alias2 busybox top
dsort inspect --format '{{range .HostConfig.Links}}{{println .}}{{end}}' testinspectlink
d inspect --format '{{.HostConfig.NetworkMode}} {{len .HostConfig.Links}}' testinspectlink
dsort ps --no-trunc --format '{{.Names}}'
d rm -f testinspectlink container1 container2
