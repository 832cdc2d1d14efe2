# source: integration/container/rename_test.go TestRenameLinkedContainer
# fixtures: busybox
d run -d --name a0TestRenameLinkedContainer busybox top
d run -d --name b0TestRenameLinkedContainer --link a0TestRenameLinkedContainer busybox top
d rename a0TestRenameLinkedContainer a1TestRenameLinkedContainer
d run -d --name a0TestRenameLinkedContainer busybox top
d rm -f b0TestRenameLinkedContainer
d run -d --name b0TestRenameLinkedContainer --link a0TestRenameLinkedContainer busybox top
d inspect -f '{{json .HostConfig.Links}}' b0TestRenameLinkedContainer
d ps --format '{{.Names}}'
d rm -f a0TestRenameLinkedContainer a1TestRenameLinkedContainer b0TestRenameLinkedContainer
