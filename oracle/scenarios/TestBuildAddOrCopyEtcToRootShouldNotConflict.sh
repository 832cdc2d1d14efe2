# source: integration-cli/docker_cli_build_test.go TestBuildAddOrCopyEtcToRootShouldNotConflict (ADD/COPY . / with an etc/ directory on scratch)
# fixtures: busybox
C=$(mkctx addetc <<'DF'
FROM scratch
ADD . /
DF
)
ctxfile addetc etc/test_file 'test1'
d build -t testaddetctoroot "$C"
C=$(mkctx copyetc <<'DF'
FROM scratch
COPY . /
DF
)
ctxfile copyetc etc/test_file 'test1'
d build -t testcopyetctoroot "$C"
d history --format '{{.CreatedBy}} {{.Size}}' testaddetctoroot
d history --format '{{.CreatedBy}} {{.Size}}' testcopyetctoroot
sh_d 'engine save testcopyetctoroot | tar -xOf - --wildcards "*/layer.tar" | tar -tvf - | awk "{print \$1, \$2, \$3, \$6}"'
