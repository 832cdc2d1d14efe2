# source: integration-cli/docker_cli_build_test.go TestBuildShellInherited (ls -l listing reduced to its "total" line)
# fixtures: busybox
C=$(mkctx shellinh1 <<'DF'
FROM busybox
        SHELL ["ls"]
DF
)
d build -t testbuildshellinherited1 "$C"
C=$(mkctx shellinh2 <<'DF'
FROM testbuildshellinherited1
        RUN -l
DF
)
sh_d "engine build -t testbuildshellinherited2 '$C' | sed -E 's/^total .*/total <n>/' | grep -v -E '^[-dlcbps][-rwxsStT]{9} '"
d inspect --format '{{json .Config.Shell}}' testbuildshellinherited2
