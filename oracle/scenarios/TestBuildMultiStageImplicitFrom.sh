# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageImplicitFrom
# fixtures: busybox
C=$(mkctx msimplicit <<'DF'

		FROM busybox
		COPY --from=busybox /etc/passwd /mypasswd
		RUN cmp /etc/passwd /mypasswd
DF
)
d build -t build1 "$C"
d run --rm --network none build1 cat /mypasswd
