# source: integration-cli/docker_cli_build_test.go TestBuildWithVolumes
# fixtures: none
C=$(mkctx vols <<'DF'
FROM scratch
		VOLUME /test1
		VOLUME /test2
    VOLUME /test3 /test4
    VOLUME ["/test5", "/test6"]
    VOLUME [/test7 /test8]
    
DF
)
d build -t testbuildvolumes "$C"
d inspect --format '{{json .Config.Volumes}}' testbuildvolumes
