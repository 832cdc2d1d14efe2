# source: integration-cli/docker_cli_start_test.go TestStartAttachSilent
# fixtures: busybox
d run --network none --name teststartattachcorrectexitcode busybox echo test
d wait teststartattachcorrectexitcode
d start -a teststartattachcorrectexitcode
d logs teststartattachcorrectexitcode
