# source: integration-cli/docker_api_inspect_test.go TestInspectAPIImageResponse
# fixtures: busybox
d tag busybox:latest busybox:mytag
apij GET /images/busybox/json -- 'j["RepoTags"]'
