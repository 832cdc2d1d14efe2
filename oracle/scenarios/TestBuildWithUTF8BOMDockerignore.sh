# source: integration-cli/docker_cli_build_test.go TestBuildWithUTF8BOMDockerignore (a UTF-8 BOM before .dockerignore is ignored)
# fixtures: busybox
C=$(mkctx bomignore <<'DF'

        FROM busybox
		ADD . /tmp/
		RUN ls -A /tmp
		RUN sh -c "! ls /tmp/Dockerfile"
		RUN ls /tmp/.dockerignore
DF
)
printf '\xef\xbb\xbf./Dockerfile\n' > "$C/.dockerignore"
d build -t test-with-utf8-bom-dockerignore "$C"
