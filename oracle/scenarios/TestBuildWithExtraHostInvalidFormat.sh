# source: integration-cli/docker_cli_build_test.go TestBuildWithExtraHostInvalidFormat
# fixtures: busybox
C=$(mkctx extrahostinvalid <<'DF'

		FROM busybox
		RUN ping -c 1 foo
DF
)
d build -t extra_host_missing_ip --add-host=foo "$C"
d build -t extra_host_missing_ip_with_delimiter --add-host=foo: "$C"
d build -t extra_host_missing_hostname --add-host=:127.0.0.1 "$C"
d build -t extra_host_invalid_ipv4 --add-host=foo:101.10.2 "$C"
d build -t extra_host_invalid_ipv6 --add-host=foo:2001::1::3F "$C"
