# source: integration-cli/docker_cli_tag_test.go TestTagInvalidPrefixedRepo (moved to integration/image/tag_test.go before 20.10)
# fixtures: busybox
note 'the long tag: 121 letters (random upstream, fixed here)'
for repotag in 'repo:fo$z$' 'repo:Foo@3cc' 'repo:Foo$3' 'repo:Foo*3' 'repo:Fo^3' 'repo:Foo!3' 'repo:%goodbye' 'repo:#hashtagit' 'repo:F)xcz(' 'repo:-foo' 'repo:..' 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq'; do
  d tag busybox "$repotag"
done
d images
