# source: integration-cli/docker_cli_build_test.go TestBuildInheritance
# fixtures: none
C=$(mkctx inh1 <<'DF'
FROM scratch
		EXPOSE 2375
DF
)
d build -t testbuildinheritance "$C"
d inspect --format '{{.Config.ExposedPorts}}' testbuildinheritance
C=$(mkctx inh2 <<'DF'
FROM testbuildinheritance
		ENTRYPOINT ["/bin/echo"]
DF
)
d build -t testbuildinheritance "$C"
d inspect --format '{{.Config.Entrypoint}} {{.Config.ExposedPorts}}' testbuildinheritance
