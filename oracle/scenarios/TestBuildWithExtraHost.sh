# source: integration-cli/docker_cli_build_test.go TestBuildWithExtraHost (ping output reduced to its exit status)
# fixtures: busybox
C=$(mkctx extrahost <<'DF'

  FROM busybox
  RUN ping -c 1 foo >/dev/null && echo foo ok
  RUN ping -c 1 bar >/dev/null && echo bar ok
  RUN grep -E '(foo|bar)$' /etc/hosts
  
DF
)
d build -t testbuildwithextrahost --network=none --add-host foo:127.0.0.1 --add-host bar:127.0.0.1 "$C"
