# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkUnsupportedRequiredIP
# fixtures: busybox
# daemon: fresh
d run -d --net none --ip 172.28.99.88 --ip6 2001:db8:1234::9988 busybox top
d run -d --net host --ip 172.28.99.88 --ip6 2001:db8:1234::9988 busybox top
d run -d --net bridge --ip 172.28.99.88 --ip6 2001:db8:1234::9988 busybox top
d run -d --net default --ip 172.28.99.88 --ip6 2001:db8:1234::9988 busybox top
d network create n0
d run -d --ip 172.28.99.88 --net n0 busybox top
d run -d --ip6 2001:db8:1234::9988 --net n0 busybox top
d create --name c0 --net none busybox top
d network disconnect none c0
d network connect --ip 172.28.99.88 n0 c0
d network connect --ip 172.28.99.88 none c0
d network connect --ip 172.28.99.88 host c0
d inspect -f '{{json .NetworkSettings.Networks}}' c0
sh_d 'engine rm -f $(engine ps -aq) | wc -l'
d network rm n0
