# source: integration-cli/docker_cli_health_test.go TestHealth (moby v20.10.24)
# fixtures: busybox
# waithealth NAME STATUS: polls the container's health status (at most ~60 s), prints the last one seen
waithealth() { local s; for i in $(seq 200); do s=$(engine inspect -f '{{.State.Health.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waithealth
ctx=$(mkctx health <<'DF'
FROM busybox
RUN echo OK > /status
CMD ["/bin/sleep", "120"]
STOPSIGNAL SIGKILL
HEALTHCHECK --interval=1s --timeout=30s \
  CMD cat /status
DF
)
q build -q -t testhealth $ctx >/dev/null
d create --network none --name test_health testhealth
d ps -a --format '{{.Names}} {{.Status}}'
d inspect '--format=timeout={{.Config.Healthcheck.Timeout}} interval={{.Config.Healthcheck.Interval}} retries={{.Config.Healthcheck.Retries}} test={{.Config.Healthcheck.Test}}' test_health
d inspect '--format={{json .State.Health}}' test_health
d start test_health
sh_d 'waithealth test_health healthy'
d exec test_health rm /status
sh_d 'waithealth test_health unhealthy'
d inspect '--format={{.State.Health.Status}}' test_health
d ps --format '{{.Names}} {{.Status}}'
d exec test_health touch /status
sh_d 'waithealth test_health healthy'
d ps --format '{{.Names}} {{.Status}}'
d rm -f test_health
d create --network none --name=noh --no-healthcheck testhealth
d inspect '--format={{.Config.Healthcheck.Test}}' noh
d rm noh
ctx2=$(mkctx nohealth <<'DF'
FROM testhealth
HEALTHCHECK NONE
DF
)
q build -q -t no_healthcheck $ctx2 >/dev/null
d inspect '--format={{.Config.Healthcheck.Test}}' no_healthcheck
d run -d --network none --name=fatal_healthcheck --health-interval=1s --health-retries=3 '--health-cmd=cat /status' no_healthcheck
sh_d 'waithealth fatal_healthcheck healthy' 
d inspect '--format={{.State.Health.Status}} {{.State.Health.FailingStreak}} {{with index .State.Health.Log 0}}{{.ExitCode}} {{json .Output}}{{end}}' fatal_healthcheck
d exec fatal_healthcheck rm /status
sh_d 'waithealth fatal_healthcheck unhealthy'
sh_d 'n=$(engine inspect --format={{.State.Health.FailingStreak}} fatal_healthcheck); [ "$n" -ge 3 ] && echo "failing streak >= 3"'
d rm -f fatal_healthcheck
d run -d --network none --name=test --health-interval=1s '--health-cmd=sleep 5m' --health-timeout=1s testhealth
sh_d 'waithealth test unhealthy'
sh_d "engine inspect --format '{{range .State.Health.Log}}{{.ExitCode}} {{.Output}}{{println}}{{end}}' test | grep . | tail -n 1"
d rm -f test
ctx3=$(mkctx health2 <<'DF'
FROM busybox
RUN echo OK > /status
CMD ["/bin/sleep", "120"]
STOPSIGNAL SIGKILL
HEALTHCHECK --interval=1s --timeout=30s \
  CMD ["cat", "/my status"]
DF
)
q build -q -t testhealth $ctx3 >/dev/null
d inspect '--format={{.Config.Healthcheck.Test}}' testhealth
