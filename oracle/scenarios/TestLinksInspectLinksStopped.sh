# source: integration-cli/docker_cli_links_test.go TestLinksInspectLinksStopped
# fixtures: busybox
d run -d --name container1 busybox top
d run -d --name container2 busybox top
d run -d --name testinspectlink --link container1:alias1 --link container2:alias2 busybox true
d wait testinspectlink
dsort inspect --format '{{range .HostConfig.Links}}{{println .}}{{end}}' testinspectlink
d rm -f container1 container2
dsort inspect --format '{{range .HostConfig.Links}}{{println .}}{{end}}' testinspectlink
d start testinspectlink
d ps -a --no-trunc --format '{{.Names}} {{.Status}}'
