# source: integration-cli/docker_cli_run_unix_test.go TestRunTmpfsMountsOverrideImageVolumes
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
VOLUME /run
RUN touch /run/stuff
DF
)
q build -t img-with-volumes "$CTX" >/dev/null
d run --network none --tmpfs /run img-with-volumes ls /run
d run --network none img-with-volumes ls /run
sh_d 'engine volume ls -q | wc -l'
