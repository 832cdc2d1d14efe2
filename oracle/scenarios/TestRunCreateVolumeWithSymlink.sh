# source: integration-cli/docker_cli_run_test.go TestRunCreateVolumeWithSymlink
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN ln -s home /bar
DF
)
q build -t docker-test-createvolumewithsymlink "$CTX" >/dev/null
d run --network none -v /bar/foo --name test-createvolumewithsymlink docker-test-createvolumewithsymlink sh -c 'mount | grep -q /home/foo && echo mounted'
d inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}}{{end}}' test-createvolumewithsymlink
sh_d 'engine volume ls -q | wc -l'
d rm -v test-createvolumewithsymlink
sh_d 'engine volume ls -q | wc -l'
