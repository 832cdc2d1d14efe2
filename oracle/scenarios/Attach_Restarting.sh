# source: docker attach (cli/command/container/attach.go): a container waiting for its policy's next restart cannot be attached to
# fixtures: busybox
d run -d --network none --name c1 --restart=always busybox false
sh_d 'for i in $(seq 100); do [ "$(engine inspect -f "{{.RestartCount}}" c1)" -ge 5 ] && break; sleep 0.1; done; engine inspect -f "{{.State.Restarting}}" c1'
d attach c1
d rm -f c1
