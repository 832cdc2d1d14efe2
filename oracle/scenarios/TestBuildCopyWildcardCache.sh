# source: integration-cli/docker_cli_build_test.go TestBuildCopyWildcardCache (COPY file*.txt hits the cache of COPY file1.txt when it matches the same file)
# fixtures: busybox
C=$(mkctx wildcache <<'DF'
FROM busybox
	COPY file1.txt /tmp/
DF
)
ctxfile wildcache file1.txt test1
d build -t testcopywildcardcache "$C"
ID1=$(q images -q testcopywildcardcache)
printf 'FROM busybox\n\tCOPY file*.txt /tmp/' > "$C/Dockerfile"
d build -t testcopywildcardcache "$C"
ID2=$(q images -q testcopywildcardcache)
[ "$ID1" = "$ID2" ] && note "same image: cache used" || note "different image"
