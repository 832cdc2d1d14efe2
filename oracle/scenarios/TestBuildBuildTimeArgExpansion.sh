# source: integration-cli/docker_cli_build_test.go TestBuildBuildTimeArgExpansion
# fixtures: busybox
C=$(mkctx argexp <<'DF'
FROM busybox
		ARG WDIR
		WORKDIR ${WDIR}
		ARG AFILE
		ADD ${AFILE} testDir/
		ARG CFILE
		COPY $CFILE testDir/
		ARG foo
		ENV foo=${foo}
		ARG EPORT
		EXPOSE $EPORT
		ARG USER
		USER $USER
		ARG VOL
		VOLUME ${VOL}
DF
)
printf 'some stuff' > "$C/addFile"
printf 'some stuff' > "$C/copyFile"
d build -t bldvarstest --build-arg WDIR=/tmp/ --build-arg AFILE=addFile --build-arg CFILE=copyFile --build-arg foo=bar --build-arg EPORT=9999 --build-arg USER=testUser --build-arg VOL=/testVol/ "$C"
d inspect --format '{{.Config.WorkingDir}}|{{json .Config.Env}}|{{json .Config.ExposedPorts}}|{{.Config.User}}|{{json .Config.Volumes}}' bldvarstest
d history --no-trunc --format '{{.CreatedBy}}' bldvarstest
