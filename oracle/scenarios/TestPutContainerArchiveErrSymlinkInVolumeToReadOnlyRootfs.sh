# source: integration-cli/docker_api_containers_test.go TestPutContainerArchiveErrSymlinkInVolumeToReadOnlyRootfs
# (also at API 1.41, which berth serves)
# fixtures: busybox
mkdir -p $TMP/vol && ln -s /root $TMP/vol/symlinkToAbsDir
d create --network none --read-only -v $TMP/vol:/vol2 --name c1 busybox
printf '' >$TMP/empty.tar
API_VERSION=v1.20 API_CT=application/x-tar API_FILE=$TMP/empty.tar api PUT '/containers/c1/archive?path=/vol2/symlinkToAbsDir'
API_CT=application/x-tar API_FILE=$TMP/empty.tar api PUT '/containers/c1/archive?path=/vol2/symlinkToAbsDir'
