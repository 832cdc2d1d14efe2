# source: integration-cli/docker_cli_run_test.go TestRunMutableNetworkFiles (the container's own writes
# to its network files stay; written from outside, seen inside: here only from inside)
# fixtures: busybox
d run -d --name c1 busybox sh -c 'echo success >/etc/resolv.conf && echo success >/etc/hosts && echo host1 >/etc/hostname && top'
sleep 1
d exec c1 cat /etc/resolv.conf /etc/hosts /etc/hostname
d restart -t 1 c1
d exec c1 cat /etc/resolv.conf /etc/hosts /etc/hostname
d rm -f c1
d run --name c2 --read-only busybox sh -c 'echo x >/etc/hosts; echo $?'
d run --name c3 --network none busybox sh -c 'echo y >>/etc/hosts && tail -n 1 /etc/hosts'
d start -a c3
