# source: docker/cli v28.2.2 e2e/image/build_test.go TestBuildFromContextDirectoryWithTag
# fixtures: busybox
CTX=$(mkctx ctx <<'DF'

	FROM busybox
	COPY run /usr/bin/run
	RUN run
	COPY data /data
		
DF
)
ctxfile ctx run 'echo running'
chmod 755 "$CTX/run"
ctxfile ctx data/one 1111
sh_d 'cd ctx && engine build -t myimage .'
d run --rm --network none myimage cat /data/one
d image rm myimage
