# source: integration-cli/docker_cli_build_test.go TestBuildEmptyScratch (FROM scratch alone generates no image)
# fixtures: none
C=$(mkctx emptyscratch <<'DF'
FROM scratch
DF
)
d build -t sc "$C"
d images -a
