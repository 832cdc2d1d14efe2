# source: integration-cli/docker_deprecated_api_v124_test.go TestDeprecatedPostContainerBindNormalVolume
# fixtures: busybox
d create --network none -v /foo --name=one busybox
foo=$(q inspect -f '{{range .Mounts}}{{.Source}}{{end}}' one)
d create --network none -v /foo --name=two busybox
echo "{\"Binds\":[\"$foo:/foo\"],\"NetworkMode\":\"none\"}" >$TMP/start.json
API_VERSION=v1.23 API_CT=application/json API_FILE=$TMP/start.json api POST /containers/two/start
d wait two
foo2=$(q inspect -f '{{range .Mounts}}{{.Source}}{{end}}' two)
note "same mount source: $([ "$foo" = "$foo2" ] && echo yes || echo no)"
d inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{end}}' two
