# source: integration-cli/docker_cli_create_test.go TestCreateUnsetEntrypoint
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
d create --network none --name c1 --entrypoint= test-entrypoint echo foo
d start -a c1
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}}' c1
