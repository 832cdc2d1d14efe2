# source: integration-cli/docker_cli_run_test.go TestRunMultipleVolumesFrom
# fixtures: busybox
d run --network none --name parent1 -v /test busybox touch /test/foo
d run --network none --name parent2 -v /other busybox touch /other/bar
d run --network none --volumes-from parent1 --volumes-from parent2 busybox sh -c 'cat /test/foo && cat /other/bar && echo ok'
