# source: integration-cli/docker_api_build_test.go TestBuildScratchCopy (ADD into scratch, then a step without a layer)
# fixtures: none
C=$(mkctx sc <<'DF'
FROM scratch
ADD Dockerfile /
ENV foo bar
DF
)
d build -t scratchcopy "$C"
d history --format '{{.CreatedBy}} {{.Size}}' scratchcopy
d inspect --format '{{json .Config.Env}} {{len .RootFS.Layers}}' scratchcopy
