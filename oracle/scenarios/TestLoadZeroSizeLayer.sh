# source: integration-cli/docker_cli_save_load_test.go TestLoadZeroSizeLayer (upstream loads a pre-1.10 archive whose base layer.tar is zero bytes; here the fixture legacy.tar has that layout)
# fixtures: busybox
d tag busybox legacy:old
d load -i "$FIX/legacy.tar"
d images -a --no-trunc
d history --no-trunc legacy:v1
d inspect --format '{{.ID}} {{.Parent}} {{json .RootFS}} {{json .Author}} {{.Created}} {{.DockerVersion}} {{.Architecture}} {{.Os}} {{json .Config}}' legacy:v1 legacy:old
d run --rm --network none legacy:v1 cat /etc/legacy.txt
d load -i "$FIX/legacy.tar"
d rmi legacy:v1
d images -a
