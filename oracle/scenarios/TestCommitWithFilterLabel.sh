# source: integration-cli/docker_cli_images_test.go TestCommitWithFilterLabel
# fixtures: busybox
d run --network none --name bar busybox /bin/sh
d commit -c 'LABEL foo.version=1.0.0-1' -c 'LABEL foo.name=bar' -c 'LABEL foo.author=starlord' bar bar:1.0.0-1
d images --no-trunc -q -f label=foo.version=1.0.0-1
d images -f label=foo.name=bar
d inspect --format '{{.Config.Labels}}' bar:1.0.0-1
