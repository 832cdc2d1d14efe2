# source: integration-cli/docker_api_images_test.go TestAPIImagesSaveAndLoad (the API calls as docker CLI commands)
# fixtures: busybox
C=$(mkctx sl <<'DF'
FROM busybox
ENV FOO bar
DF
)
d build -q -t saveandload "$C"
ID=$(q inspect --format '{{.Id}}' saveandload)
sh_d "engine save $ID >saved.tar"
d rmi "$ID"
sh_d 'engine load <saved.tar'
d inspect --format '{{.Id}} {{.RepoTags}}' "$ID"
d images -a
