# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageCopyFromSyntax
# fixtures: busybox
C=$(mkctx mscopyfrom <<'DF'

		FROM busybox AS first
		COPY foo bar

		FROM busybox
		
		COPY baz baz
		RUN echo mno > baz/cc

		FROM busybox
		COPY bar /
		COPY --from=1 baz sub/
		COPY --from=0 bar baz
		COPY --from=first bar bay
DF
)
printf abc > "$C/foo"; printf def > "$C/bar"; mkdir "$C/baz"; printf ghi > "$C/baz/aa"; printf jkl > "$C/baz/bb"
d build -t build1 "$C"
d run --rm --network none build1 cat bar
d run --rm --network none build1 cat sub/aa
d run --rm --network none build1 cat sub/cc
d run --rm --network none build1 cat baz
d run --rm --network none build1 cat bay
d build -t build2 "$C"
[ "$(q images -q build1)" = "$(q images -q build2)" ] && note "build1 = build2" || note "build1 != build2"
note "changing a file in a parent block does not affect the last block"
sed -i 's/^\t\t$/\t\tCOPY baz\/aa foo/' "$C/Dockerfile"
d build -t build3 "$C"
printf pqr > "$C/foo"
note "changing a file of the first block affects the first and the last block"
d build -t build4 "$C"
d run --rm --network none build4 cat bay
d run --rm --network none build4 cat baz
