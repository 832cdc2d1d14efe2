# source: integration/container/rename_test.go TestRenameContainerWithLinkedContainer
# fixtures: busybox
d run -d --name db1TestRenameContainerWithLinkedContainer busybox top
d run -d --name app1TestRenameContainerWithLinkedContainer --link db1TestRenameContainerWithLinkedContainer:/mysql busybox top
d rename app1TestRenameContainerWithLinkedContainer app2TestRenameContainerWithLinkedContainer
sh_d '[ "$(engine inspect -f "{{.Id}}" app2TestRenameContainerWithLinkedContainer/mysql)" = "$(engine inspect -f "{{.Id}}" db1TestRenameContainerWithLinkedContainer)" ] && echo same container'
d inspect -f '{{.Name}}' app2TestRenameContainerWithLinkedContainer/mysql
d inspect -f '{{json .HostConfig.Links}}' app2TestRenameContainerWithLinkedContainer
d rm -f db1TestRenameContainerWithLinkedContainer app2TestRenameContainerWithLinkedContainer
