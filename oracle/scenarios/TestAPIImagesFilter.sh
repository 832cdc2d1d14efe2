# source: integration-cli/docker_api_images_test.go TestAPIImagesFilter (the API calls as docker CLI commands)
# fixtures: busybox
for n in utest:tag1 utest/docker:tag2 utest:5000/docker:tag3; do d tag busybox "$n"; done
for f in 'utest*/*' utest 'utest*' '*5000*/*'; do
  d images --filter "reference=$f"
  d images --format '{{.Repository}}:{{.Tag}}' --filter "reference=$f"
done
