# source: integration-cli/docker_api_images_test.go TestAPIImagesDelete (the API calls as docker CLI commands)
# fixtures: busybox
C=$(mkctx del <<'DF'
FROM busybox
ENV FOO bar
DF
)
d build -q -t test-api-images-delete "$C"
ID=$(q inspect --format '{{.Id}}' test-api-images-delete)
d tag test-api-images-delete test:tag1
d rmi "$ID"
d rmi test:noexist
d rmi test:tag1
d images
