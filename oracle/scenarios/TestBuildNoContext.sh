# source: integration-cli/docker_cli_build_test.go TestBuildNoContext (a Dockerfile on stdin)
# fixtures: busybox
sh_d 'printf "FROM busybox\n\t\t\tCMD [\"echo\", \"ok\"]" | engine build -t nocontext -'
d run --rm --network none nocontext
