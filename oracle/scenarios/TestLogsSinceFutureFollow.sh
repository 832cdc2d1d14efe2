# source: integration-cli/docker_cli_logs_test.go TestLogsSinceFutureFollow (lines two seconds apart: the first line's second + 2 always falls between the first and the second line)
# fixtures: busybox
d run -d --network none --name testlogssincefuturefollow busybox /bin/sh -c 'for i in 1 2 3; do echo log$i; sleep 2; done'
sh_d 'for i in $(seq 100); do ts=$(engine logs -t testlogssincefuturefollow | head -1 | cut -d" " -f1); [ -n "$ts" ] && break; sleep 0.1; done; since=$(( $(date -d "$ts" +%s) + 2 )); engine logs -t -f --since=$since testlogssincefuturefollow'
