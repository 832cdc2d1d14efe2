# source: integration-cli/docker_cli_build_test.go TestBuildOpaqueDirectory (a directory removed and re-created in a later layer hides the earlier content)
# fixtures: busybox
C=$(mkctx opaque <<'DF'

		FROM busybox
		RUN mkdir /dir1 && touch /dir1/f1
		RUN rm -rf /dir1 && mkdir /dir1 && touch /dir1/f2
		RUN touch /dir1/f3
		RUN [ -f /dir1/f2 ]
		
DF
)
d build -t testopaquedirectory "$C"
d run --rm --network none testopaquedirectory sh -c 'find /dir1 | sort'
