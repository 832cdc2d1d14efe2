# source: integration-cli/docker_cli_netmode_test.go TestConflictNetworkModeAndOptions
# fixtures: busybox
d run --net=container:other --dns=8.8.8.8 busybox ps
d run --net=container:other --add-host=name:8.8.8.8 busybox ps
d run --net=container:other --mac-address=92:d0:c6:0a:29:33 busybox ps
d run --net=container:other -P busybox ps
d run --net=container:other -p 8080 busybox ps
d run --net=container:other --expose 8000-9000 busybox ps
