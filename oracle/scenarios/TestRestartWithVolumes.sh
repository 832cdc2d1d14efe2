# source: integration-cli/docker_cli_restart_test.go TestRestartWithVolumes
# fixtures: busybox
d run -d --network none --name c1 -v /test busybox top
d inspect --format '{{len .Mounts}}' c1
S1=$(q inspect --format '{{range .Mounts}}{{.Source}}{{end}}' c1)
d restart c1
d inspect --format '{{len .Mounts}}' c1
S2=$(q inspect --format '{{range .Mounts}}{{.Source}}{{end}}' c1)
export S1 S2
sh_d 'test "$S1" = "$S2" && echo same source'
d rm -f c1
