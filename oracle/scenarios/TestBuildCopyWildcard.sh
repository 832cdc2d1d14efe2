# source: integration-cli/docker_cli_build_test.go TestBuildCopyWildcard (wildcard sources for COPY/ADD; the second build uses the cache; the remote URL source is left out)
# fixtures: busybox
C=$(mkctx wild <<'DF'
FROM busybox
	COPY file*.txt /tmp/
	RUN ls /tmp/file1.txt /tmp/file2.txt
	RUN [ "mkdir",  "/tmp1" ]
	COPY dir* /tmp1/
	RUN ls /tmp1/dirt /tmp1/nested_file /tmp1/nested_dir/nest_nest_file
	RUN [ "mkdir",  "/tmp2" ]
        ADD dir/*dir /tmp2/
	RUN ls /tmp2/nest_nest_file
	
DF
)
ctxfile wild file1.txt test1
ctxfile wild file2.txt test2
ctxfile wild dir/nested_file 'nested file'
ctxfile wild dir/nested_dir/nest_nest_file '2 times nested'
ctxfile wild dirt dirty
d build -t testcopywildcard "$C"
ID1=$(q images -q testcopywildcard)
d build -t testcopywildcard "$C"
ID2=$(q images -q testcopywildcard)
[ "$ID1" = "$ID2" ] && note "same image: cache used" || note "different image"
d run --rm --network none testcopywildcard sh -c 'find /tmp /tmp1 /tmp2 | sort'
