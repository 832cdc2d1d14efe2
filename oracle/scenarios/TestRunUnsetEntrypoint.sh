# source: integration-cli/docker_cli_run_test.go TestRunUnsetEntrypoint
# fixtures: busybox
CTX=$(mkctx ep <<'DF'
FROM busybox
ADD entrypoint.sh /entrypoint.sh
RUN chmod 755 /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD echo foobar
DF
)
ctxfile ep entrypoint.sh $'#!/bin/sh\necho "I am an entrypoint"\nexec "$@"'
q build -t test-entrypoint "$CTX" >/dev/null
d run --network none --entrypoint= -t test-entrypoint echo foo
d run --network none --entrypoint= -t test-entrypoint
d run --network none test-entrypoint
