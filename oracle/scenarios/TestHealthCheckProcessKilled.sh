# source: integration/container/health_test.go TestHealthCheckProcessKilled (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name killed --health-interval 100ms --health-timeout 50ms --health-retries 1 --health-cmd 'sleep 60' busybox top
sh_d 'for i in $(seq 200); do o=$(engine inspect -f "{{range .State.Health.Log}}{{.Output}}{{println}}{{end}}" killed | grep . | tail -n 1); [ -n "$o" ] && break; sleep 0.2; done; echo "$o"'
d inspect -f '{{.State.Status}} {{.State.Health.Status}}' killed
d rm -f killed
