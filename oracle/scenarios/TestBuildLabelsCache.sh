# source: integration-cli/docker_cli_build_test.go TestBuildLabelsCache
# fixtures: busybox
C=$(mkctx labelcache <<'DF'
FROM busybox
		LABEL Vendor=Acme
DF
)
d build -t testbuildlabelcache "$C"
ID1=$(q images -q testbuildlabelcache)
d build -t testbuildlabelcache "$C"
ID2=$(q images -q testbuildlabelcache)
[ "$ID1" = "$ID2" ] && note "build 2: cache used" || note "build 2: cache NOT used"
printf 'FROM busybox\n\t\tLABEL Vendor=Acme1\n' > "$C/Dockerfile"
d build -t testbuildlabelcache "$C"
ID2=$(q images -q testbuildlabelcache)
[ "$ID1" = "$ID2" ] && note "build 3: same id" || note "build 3: new id"
printf 'FROM busybox\n\t\tLABEL Vendor Acme\n' > "$C/Dockerfile"
d build -t testbuildlabelcache "$C"
ID2=$(q images -q testbuildlabelcache)
[ "$ID1" = "$ID2" ] && note "build 4: same id as 1" || note "build 4: new id"
printf 'FROM busybox\n       LABEL f1=b1 f2=b2\n' > "$C/Dockerfile"
d build -t testbuildlabelcache --no-cache "$C"
d build -t testbuildlabelcache "$C"
ID2=$(q images -q testbuildlabelcache)
[ "$ID1" = "$ID2" ] && note "build 6: same id as 1" || note "build 6: new id"
d inspect --format '{{json .Config.Labels}}' testbuildlabelcache
