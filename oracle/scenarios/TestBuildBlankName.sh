# source: integration-cli/docker_cli_build_test.go TestBuildBlankName
# fixtures: busybox
for expr in 'ENV =' 'LABEL =' 'ARG =foo'; do
  C=$(printf 'FROM busybox\n\t\t%s\n' "$expr" | mkctx "blank${expr%% *}")
  d build -t testbuildblankname "$C"
done
