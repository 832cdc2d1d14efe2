# source: integration/container/health_test.go TestHealthCheckWorkdir (moby v20.10.24)
# fixtures: busybox
waithealth() { local s; for i in $(seq 200); do s=$(engine inspect -f '{{.State.Health.Status}}' "$1"); [ "$s" = "$2" ] && break; sleep 0.2; done; echo "$s"; }
export -f waithealth
d run -d -t --network none --name wd -w /foo --health-interval 50ms --health-retries 3 --health-cmd 'if [ "$PWD" = "/foo" ]; then exit 0; else exit 1; fi;' busybox top
sh_d 'waithealth wd healthy'
d rm -f wd
