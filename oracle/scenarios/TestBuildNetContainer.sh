# source: integration-cli/docker_cli_build_test.go TestBuildNetContainer (the listening container has --network none: the build shares its loopback)
# fixtures: busybox
ID=$(q run --hostname foobar -d --network none busybox nc -ll -p 1234 -e hostname)
sleep 1
C=$(mkctx netcontainer <<'DF'

  FROM busybox
  RUN nc localhost 1234 > /otherhost
  
DF
)
d build -t testbuildnetcontainer --network=container:$ID "$C"
d run --rm --network none testbuildnetcontainer cat /otherhost
d rm -f $ID
