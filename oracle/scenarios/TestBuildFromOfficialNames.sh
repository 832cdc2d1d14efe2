# source: integration-cli/docker_cli_build_test.go TestBuildFromOfficialNames
# fixtures: busybox
C=$(mkctx official0 <<'DF'
FROM busybox
DF
)
d build -t testbuildfromofficial0 "$C"
d rmi testbuildfromofficial0
C=$(mkctx official1 <<'DF'
FROM docker.io/busybox
DF
)
d build -t testbuildfromofficial1 "$C"
d rmi testbuildfromofficial1
C=$(mkctx official2 <<'DF'
FROM index.docker.io/busybox
DF
)
d build -t testbuildfromofficial2 "$C"
d rmi testbuildfromofficial2
C=$(mkctx official3 <<'DF'
FROM library/busybox
DF
)
d build -t testbuildfromofficial3 "$C"
d rmi testbuildfromofficial3
C=$(mkctx official4 <<'DF'
FROM docker.io/library/busybox
DF
)
d build -t testbuildfromofficial4 "$C"
d rmi testbuildfromofficial4
C=$(mkctx official5 <<'DF'
FROM index.docker.io/library/busybox
DF
)
d build -t testbuildfromofficial5 "$C"
d rmi testbuildfromofficial5
