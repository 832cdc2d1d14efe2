# source: integration-cli/docker_cli_run_test.go TestRunPIDHostWithChildIsKillable
# fixtures: busybox
q run --network none -d --pid=host --name ibuildthecloud busybox sh -c 'sleep 30; echo hi' >/dev/null
d inspect -f '{{.State.Running}}' ibuildthecloud
d kill ibuildthecloud
d wait ibuildthecloud
d logs ibuildthecloud
