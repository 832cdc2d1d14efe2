# source: integration-cli/docker_cli_start_test.go TestStartRecordError (the failed start is a missing command, copied in afterwards: no ports without networks)
# fixtures: busybox
d run -d --network none --name test busybox top
d inspect -f '{{.State.Error}}' test
d run -d --network none --name test2 busybox /nosuch
d inspect -f '{{.State.Error}}' test2
printf '#!/bin/sh\necho ok\n' > $TMP/nosuch; chmod +x $TMP/nosuch
d cp $TMP/nosuch test2:/nosuch
d stop test
d start test2
d wait test2
d inspect -f '{{.State.Error}}|{{.State.ExitCode}}' test2
d logs test2
