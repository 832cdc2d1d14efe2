# source: integration-cli/docker_cli_build_test.go TestBuildExposeOrder (EXPOSE in another order hits the cache: same image)
# fixtures: none
C=$(mkctx expose1 <<'DF'
FROM scratch
		EXPOSE 80 2375
DF
)
d build -t testbuildexpose1 "$C"
C=$(mkctx expose2 <<'DF'
FROM scratch
		EXPOSE 2375 80
DF
)
d build -t testbuildexpose2 "$C"
d inspect --format '{{.Id}} {{json .Config.ExposedPorts}}' testbuildexpose1 testbuildexpose2
