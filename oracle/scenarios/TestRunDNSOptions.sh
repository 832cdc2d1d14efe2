# source: integration-cli/docker_cli_run_test.go TestRunDNSOptions
# fixtures: busybox
d run --network none --dns=127.0.0.1 --dns-search=mydomain --dns-opt=ndots:9 busybox cat /etc/resolv.conf
d run --network none --dns=1.1.1.1 --dns-search=. --dns-opt=ndots:3 busybox cat /etc/resolv.conf
d run --network none --dns=::1 --dns-option=attempts:2 busybox cat /etc/resolv.conf
d run --network none --dns=1.1.1 busybox true
d run --network none --dns-search=-bad.example busybox true
d create --network none --name c1 --dns=1.1.1.1 --dns-search=mydomain --dns-option=ndots:2 busybox
d inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' c1
d create --network none --name c2 busybox
d inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' c2
