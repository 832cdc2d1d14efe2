# source: integration-cli/docker_cli_build_test.go TestBuildPATH (the default PATH is added to Env, also FROM scratch)
# fixtures: busybox
i=0
for df in 'FROM scratch\nMAINTAINER me' 'FROM busybox\nMAINTAINER me' 'FROM scratch\nENV FOO=bar' 'FROM busybox\nENV FOO=bar' 'FROM scratch\nENV PATH=/test' 'FROM busybox\nENV PATH=/test' "FROM scratch\nENV PATH=''" "FROM busybox\nENV PATH=''"; do
  i=$((i+1))
  C=$(mkctx p$i < <(printf "$df"))
  q build -t testbldpath "$C" >/dev/null
  d inspect --format '{{.Config.Env}}' testbldpath
done
