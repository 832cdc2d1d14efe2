# source: integration-cli/docker_cli_health_test.go TestUnsetEnvVarHealthCheck (moby v20.10.24)
# fixtures: busybox
waithealth() { local s; for i in $(seq 200); do s=$(engine inspect -f '{{.State.Health.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waithealth
ctx=$(mkctx health <<'DF'
FROM busybox
HEALTHCHECK --interval=1s --timeout=5s --retries=5 CMD /bin/sh -c "sleep 1"
ENTRYPOINT /bin/sh -c "sleep 600"
DF
)
q build -q -t testhealth $ctx >/dev/null
d run -d --network none --name env_test_health -e FOO testhealth
d start env_test_health
sh_d 'waithealth env_test_health healthy'
d inspect --format '{{json .Config.Env}} {{.Config.Healthcheck.Retries}}' env_test_health
d rm -f env_test_health
