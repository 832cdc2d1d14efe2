# source: integration/image/tag_test.go TestTagInvalidReference
# fixtures: busybox
for repo in 'fo$z$' 'Foo@3cc' 'Foo$3' 'Foo*3' 'Fo^3' 'Foo!3' 'F)xcz(' 'fo%asd' 'FOO/bar'; do
  d tag busybox "$repo"
done
note 'the long tag: 121 letters (random upstream, fixed here)'
for repotag in 'repo:fo$z$' 'repo:Foo@3cc' 'repo:Foo$3' 'repo:Foo*3' 'repo:Fo^3' 'repo:Foo!3' 'repo:%goodbye' 'repo:#hashtagit' 'repo:F)xcz(' 'repo:-foo' 'repo:..' 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq'; do
  d tag busybox "$repotag"
done
d tag busybox:latest -busybox:test
d tag busybox:latest -test/busybox:test
d tag busybox:latest -index:5000/busybox:test
d tag busybox:latest sha256:sometag
d images
