# source: integration-cli/docker_cli_run_unix_test.go TestRunNoNewPrivSetuid
# fixtures: busybox
note 'a setuid copy of busybox stands for the nnp-test image'
d run --network none --name mk busybox sh -c 'mkdir /nnp && cp /bin/busybox /nnp/id && chmod 4755 /nnp/id'
q commit mk nnp-test >/dev/null
d run --network none --security-opt no-new-privileges=true --user 1000 nnp-test sh -c 'grep NoNewPrivs /proc/self/status; /nnp/id'
d run --network none --security-opt no-new-privileges=false --user 1000 nnp-test sh -c 'grep NoNewPrivs /proc/self/status; /nnp/id'
d run --network none --user 1000 nnp-test sh -c 'grep NoNewPrivs /proc/self/status; /nnp/id'
d run --network none --security-opt no-new-privileges=maybe nnp-test true
