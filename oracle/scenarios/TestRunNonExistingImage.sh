# source: integration-cli/docker_cli_run_test.go TestRunNonExistingImage
# fixtures: busybox
note the engine cannot reach a registry: only the local lookup and the exit status are shown
sh_d 'engine run --network none foo >"$TMP/out" 2>&1; rc=$?; head -n 1 "$TMP/out"; exit $rc'
