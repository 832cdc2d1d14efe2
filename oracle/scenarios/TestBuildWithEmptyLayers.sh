# source: integration/build/build_test.go TestBuildWithEmptyLayers (COPY of identical content into the same place three times)
# fixtures: busybox
C=$(mkctx el <<'DF'

		FROM    busybox
		COPY    1/ /target/
		COPY    2/ /target/
		COPY    3/ /target/
	
DF
)
ctxfile el 1/a asdf
ctxfile el 2/a asdf
ctxfile el 3/a asdf
touch -d @1577934245 "$C/1/a" "$C/2/a" "$C/3/a" # one mtime: the files must not differ by a second boundary
d build --rm --force-rm -t testbuildwithemptylayers "$C"
d history --format '{{.Size}}|{{.CreatedBy}}' testbuildwithemptylayers
d image inspect --format '{{len .RootFS.Layers}}' testbuildwithemptylayers
d run --rm testbuildwithemptylayers cat /target/a
