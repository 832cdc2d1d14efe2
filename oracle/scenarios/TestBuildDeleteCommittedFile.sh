# source: integration-cli/docker_cli_build_test.go TestBuildDeleteCommittedFile (a file committed in one step can be deleted in a later one)
# fixtures: busybox
C=$(mkctx delcommitted <<'DF'
FROM busybox
		RUN echo test > file
		RUN test -e file
		RUN rm file
		RUN sh -c "! test -e file"
DF
)
d build -t test-delete-committed-file "$C"
d run --rm --network none test-delete-committed-file sh -c 'ls /file; echo $?'
