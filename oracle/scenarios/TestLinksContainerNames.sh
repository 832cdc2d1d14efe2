# source: integration/container/links_linux_test.go TestLinksContainerNames
# fixtures: busybox
d run -d --name first_TestLinksContainerNames busybox top
d run -d --name second_TestLinksContainerNames --link first_TestLinksContainerNames:first_TestLinksContainerNames busybox top
d ps --filter name=first_TestLinksContainerNames --format '{{.Names}}'
d ps --no-trunc --filter name=first_TestLinksContainerNames --format '{{.Names}}'
d rm -f first_TestLinksContainerNames second_TestLinksContainerNames
