# source: integration-cli/docker_cli_build_test.go TestBuildStopSignal
# fixtures: busybox
C=$(mkctx stopsig <<'DF'
FROM busybox
		 STOPSIGNAL SIGKILL
DF
)
d build -t test_build_stop_signal "$C"
d inspect --format '{{json .Config.StopSignal}}' test_build_stop_signal
q run -d --network none --name test-container-stop-signal test_build_stop_signal top
d inspect --format '{{json .Config.StopSignal}}' test-container-stop-signal
d rm -f test-container-stop-signal
