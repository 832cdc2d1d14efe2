# source: integration-cli/docker_cli_tag_test.go TestTagValidPrefixedRepo; integration/image/tag_test.go TestTagValidPrefixedRepo
# fixtures: busybox
for repo in fooo/bar fooaa/test foooo:t HOSTNAME.DOMAIN.COM:443/foo/bar; do
  d tag busybox:latest "$repo"
done
d images
for repo in fooo/bar fooaa/test foooo:t HOSTNAME.DOMAIN.COM:443/foo/bar; do
  d rmi "$repo"
done
d images
