# source: integration-cli/docker_cli_tag_test.go TestTagOfficialNames; integration/image/tag_test.go TestTagOfficialNames
# fixtures: busybox
for name in docker.io/busybox index.docker.io/busybox library/busybox docker.io/library/busybox index.docker.io/library/busybox; do
  d tag busybox:latest "$name:latest"
  d images
  d inspect --format '{{.RepoTags}}' busybox
done
for name in docker.io/busybox index.docker.io/busybox library/busybox docker.io/library/busybox index.docker.io/library/busybox; do
  d tag "$name:latest" fooo/bar:latest
  d rmi fooo/bar:latest
done
d images
