# source: integration-cli/docker_cli_run_test.go TestRunSetDefaultRestartPolicy
# fixtures: busybox
d run -d --network none --name=testrunsetdefaultrestartpolicy busybox top
d inspect --format '{{.HostConfig.RestartPolicy.Name}}' testrunsetdefaultrestartpolicy
d rm -f testrunsetdefaultrestartpolicy
