# source: integration-cli/docker_cli_run_test.go TestRunCleanupCmdOnEntrypoint
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
ENTRYPOINT ["echo"]
CMD ["testingpoint"]
DF
)
q build -t testrunmdcleanuponentrypoint "$CTX" >/dev/null
d run --network none --name c1 --entrypoint whoami testrunmdcleanuponentrypoint
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' c1
