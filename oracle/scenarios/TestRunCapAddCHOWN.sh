# source: integration-cli/docker_cli_run_test.go TestRunCapAddCHOWN
# fixtures: busybox
d run --network none --cap-drop=ALL --cap-add=CHOWN busybox sh -c "adduser -D -H newuser && chown newuser /home && echo ok"
