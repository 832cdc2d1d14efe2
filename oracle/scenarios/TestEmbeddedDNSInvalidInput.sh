# source: integration-cli/docker_cli_network_unix_test.go TestEmbeddedDNSInvalidInput
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.2.0/24 nw1
d run -d --net=nw1 --name=c1 busybox top
note 'garbage to the embedded DNS from inside the network namespace of the container (upstream uses the /dev/udp of bash; busybox has no UDP client), then a query with two questions; the replies in hex'
sh_d 'pid=$(engine inspect -f "{{.State.Pid}}" c1); nsenter -n -t "$pid" python3 -c "
import socket
for p in [b\"InvalidQuery\\n\", bytes.fromhex(\"123401000002000000000000\")]:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(5)
    s.sendto(p, (\"127.0.0.11\", 53))
    print(s.recv(512).hex())
"'
note 'the embedded DNS still answers'
d exec c1 nslookup -type=a c1
d rm -f c1
d network rm nw1
