# source: integration-cli/docker_cli_build_test.go TestBuildAddPreservesFilesSpecialBits (ADD of a directory over / keeps a set-user-ID file's bits)
# fixtures: busybox
C=$(mkctx suid <<'DF'
FROM busybox
ADD suidbin /usr/bin/suidbin
RUN chmod 4755 /usr/bin/suidbin
RUN [ $(ls -l /usr/bin/suidbin | awk '{print $1}') = '-rwsr-xr-x' ]
ADD ./data/ /
RUN [ $(ls -l /usr/bin/suidbin | awk '{print $1}') = '-rwsr-xr-x' ]
DF
)
ctxfile suid suidbin 'suidbin'
ctxfile suid data/usr/test_file 'test1'
d build -t testaddetctoroot "$C"
d history --format '{{.CreatedBy}} {{.Size}}' testaddetctoroot
