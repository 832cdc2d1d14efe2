# source: integration-cli/docker_cli_run_test.go TestRunAddHostInHostMode
# fixtures: busybox
d run --add-host=extra:1.2.3.4 --net=host busybox sh -c 'grep extra /etc/hosts; tail -n 1 /etc/hosts'
