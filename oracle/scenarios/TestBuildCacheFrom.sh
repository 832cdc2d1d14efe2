# source: integration-cli/docker_cli_build_test.go TestBuildCacheFrom
# fixtures: busybox
C=$(mkctx cachefrom <<'DF'

		FROM busybox
		ENV FOO=bar
		ADD baz /
		RUN touch bax
DF
)
ctxfile cachefrom baz baz
d build -t build1 "$C"
d build -t build2 --cache-from=build1 "$C"
[ "$(q images -q build1)" = "$(q images -q build2)" ] && note "build1 = build2" || note "build1 != build2"
d rmi build2
note "no cache match with unknown source"
d build -t build2 --cache-from=nosuchtag "$C"
[ "$(q images -q build1)" = "$(q images -q build2)" ] && note "build1 = build2" || note "build1 != build2"
d rmi build2
note "clear parent images"
d save -o "$TMP/img.tar" build1
d rmi build1
d load -i "$TMP/img.tar"
d inspect -f '{{.Parent}}' build1
note "cache still applies without parents"
d build -t build2 --cache-from=build1 "$C"
[ "$(q images -q build1)" = "$(q images -q build2)" ] && note "build1 = build2" || note "build1 != build2"
d history -q build2
d build -t build3 --cache-from=build1 "$C"
d history -q build3
d rmi build2
d rmi build3
d rmi build1
d load -i "$TMP/img.tar"
note "modified last instruction: everything before it is reused"
printf '\n\t\tFROM busybox\n\t\tENV FOO=bar\n\t\tADD baz /\n\t\tRUN touch newfile' > "$C/Dockerfile"
d build -t build2 --cache-from=build1 "$C"
d inspect -f '{{json .RootFS.Layers}}' build1
d inspect -f '{{json .RootFS.Layers}}' build2
