# source: integration-cli/docker_cli_build_test.go TestBuildNullStringInAddCopyVolume (sources named null and nullfile)
# fixtures: busybox
C=$(mkctx nullstr <<'DF'

		FROM busybox

		ADD null /
		COPY nullfile /
		VOLUME nullvolume
		
DF
)
ctxfile nullstr null 'test1'
ctxfile nullstr nullfile 'test2'
d build -t testbuildnullstringinaddcopyvolume "$C"
d inspect --format '{{json .Config.Volumes}}' testbuildnullstringinaddcopyvolume
