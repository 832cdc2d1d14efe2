# source: integration-cli/docker_cli_build_test.go TestBuildNotVerboseSuccess (git context skipped: no git server)
# fixtures: busybox
sh_d "printf 'FROM busybox' | engine build -q -t quiet_build_stdin_success - | sed -E 's/^sha256:[0-9a-f]{64}$/<sha256 id>/'"
C=$(mkctx quietctx <<'DF'
FROM busybox
DF
)
printf 'FROM busybox' > "$C/Dockerfile"
ctxfile quietctx quiet_build_success_fctx test
d build -q -t quiet_build_ctx_success "$C"
d images --format '{{.Repository}} {{.ID}}' quiet_build_ctx_success
