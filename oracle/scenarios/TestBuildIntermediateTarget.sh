# source: integration-cli/docker_cli_build_test.go TestBuildIntermediateTarget
# fixtures: busybox
C=$(mkctx inttarget <<'DF'

		FROM busybox AS build-env
		CMD ["/dev"]
		FROM busybox
		CMD ["/dist"]
		
DF
)
d build -t build1 --target build-env "$C"
d inspect --format '{{json .Config.Cmd}}' build1
d build -t build1 --target BUIld-EnV "$C"
d inspect --format '{{json .Config.Cmd}}' build1
d build -t build1 --target nosuchtarget "$C"
