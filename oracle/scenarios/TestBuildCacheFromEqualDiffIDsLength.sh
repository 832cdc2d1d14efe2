# source: integration-cli/docker_cli_build_test.go TestBuildCacheFromEqualDiffIDsLength
# fixtures: busybox
C=$(mkctx cfeq <<'DF'

		FROM busybox
		RUN echo "test"
		ENTRYPOINT ["sh"]
DF
)
d build -t build1 "$C"
d build -t build2 --cache-from=build1 "$C"
[ "$(q images -q build1)" = "$(q images -q build2)" ] && note "build1 = build2" || note "build1 != build2"
