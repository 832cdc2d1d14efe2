# source: integration-cli/docker_cli_run_test.go TestRunAddHost
# fixtures: busybox
d run --network none --add-host=extra:86.75.30.9 busybox grep extra /etc/hosts
d run --network none --add-host=extra:86.75.30.9 --add-host extra2:::1 --add-host=extra:1.2.3.4 busybox cat /etc/hosts
d run --network none --add-host=extra busybox true
d run --network none --add-host=extra:notanip busybox true
d run --network none --add-host=extra:1.2.3.4:5 busybox true
d create --network none --name c1 --add-host=b:1.2.3.4 --add-host=a:::1 busybox
d inspect -f '{{json .HostConfig.ExtraHosts}}' c1
