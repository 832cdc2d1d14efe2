# source: integration-cli/docker_cli_port_test.go TestPortHostBinding (no bridge: the port is not published)
# fixtures: busybox
d run -d --name first -p 9876:80 busybox nc -l -p 80
d port first 80
d port first 80/udp
d port first 81
d port first 80/sctp
d port first 80/xyz
d port first bogus
d port nope 80
d rm -f first
