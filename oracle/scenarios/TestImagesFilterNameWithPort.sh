# source: integration-cli/docker_cli_images_test.go TestImagesFilterNameWithPort
# fixtures: busybox
d tag busybox a.b.c.d:5000/hello
d images a.b.c.d:5000/hello
d images a.b.c.d:5000/hello:latest
d images a.b.c.d:5000/hello:no-such-tag
