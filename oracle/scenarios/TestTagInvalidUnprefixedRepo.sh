# source: integration-cli/docker_cli_tag_test.go TestTagInvalidUnprefixedRepo (moved to integration/image/tag_test.go before 20.10)
# fixtures: busybox
for repo in 'fo$z$' 'Foo@3cc' 'Foo$3' 'Foo*3' 'Fo^3' 'Foo!3' 'F)xcz(' 'fo%asd' 'FOO/bar'; do
  d tag busybox "$repo"
done
d images
