# source: integration-cli/docker_cli_run_unix_test.go TestLegacyRunNoNewPrivSetuid
# fixtures: busybox
note 'a setuid copy of busybox stands for the nnp-test image'
d run --network none --name mk busybox sh -c 'mkdir /nnp && cp /bin/busybox /nnp/id && chmod 4755 /nnp/id'
q commit mk nnp-test >/dev/null
d run --network none --security-opt no-new-privileges --user 1000 nnp-test sh -c 'grep NoNewPrivs /proc/self/status; /nnp/id'
d run --network none --security-opt no-new-privileges:true --user 1000 nnp-test sh -c 'grep NoNewPrivs /proc/self/status; /nnp/id'
d run --network none --name c1 -d --security-opt no-new-privileges nnp-test sleep 60
d exec --user 1000 c1 sh -c 'grep NoNewPrivs /proc/self/status; /nnp/id'
d rm -f c1
