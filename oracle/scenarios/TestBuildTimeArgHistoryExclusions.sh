# source: integration-cli/docker_cli_build_test.go TestBuildTimeArgHistoryExclusions
# fixtures: busybox
C=$(mkctx argexcl <<'DF'
FROM busybox
		ARG foo
		ARG http_proxy
		RUN echo "Testing Build Args!"
DF
)
d build -t bldargtest --build-arg https_proxy=https://proxy.example.com --build-arg foo=bar --build-arg http_proxy=http://user:password@someproxy.example.com --build-arg HTTP_PROXY=http://user:password@proxy.example.com "$C"
d history --no-trunc --format '{{.CreatedBy}}' bldargtest
d build -t bldargtest-two --build-arg https_proxy=https://proxy.example.com --build-arg foo=bar --build-arg http_proxy=http://user:password@someproxy.example.com --build-arg HTTP_PROXY=http://user:password@proxy.example.com "$C"
[ "$(q images -q bldargtest)" = "$(q images -q bldargtest-two)" ] && note "same image: cache used" || note "different images"
