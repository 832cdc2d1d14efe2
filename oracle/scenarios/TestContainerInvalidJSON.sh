# source: integration/container/container_test.go TestContainerInvalidJSON
# fixtures: none
for ep in /containers/foobar/copy /containers/foobar/exec /exec/foobar/start; do
  api POST $ep '{invalid json'
  API_CT=application/json api POST $ep
done
