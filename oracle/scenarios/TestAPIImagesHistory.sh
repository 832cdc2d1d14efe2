# source: integration-cli/docker_api_images_test.go TestAPIImagesHistory (the API calls as docker CLI commands)
# fixtures: busybox
C=$(mkctx hist <<'DF'
FROM busybox
ENV FOO bar
DF
)
d build -q -t test-api-images-history "$C"
ID=$(q inspect --format '{{.Id}}' test-api-images-history)
d history "$ID"
d history --format '{{.ID}}|{{.CreatedBy}}|{{.Size}}' "$ID"
