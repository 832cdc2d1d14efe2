# source: integration-cli/docker_cli_inspect_test.go TestInspectImage
# fixtures: none
note 'emptyfs: an image made of one empty layer (imported, so its ID differs from moby emptyfs)'
sh_d 'tar -cf empty.tar -T /dev/null'
d import empty.tar emptyfs
d inspect --format '{{.Id}}' emptyfs
d inspect --format '{{.RepoTags}} {{.Size}} {{.VirtualSize}} {{.RootFS.Type}} {{len .RootFS.Layers}} {{.Architecture}} {{.Os}}' emptyfs
