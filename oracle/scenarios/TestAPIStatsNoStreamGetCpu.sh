# source: integration-cli/docker_api_stats_test.go TestAPIStatsNoStreamGetCpu (a busy container's CPU % is not zero: the no-stream answer carries the previous sample)
# fixtures: busybox
d run -d --network none --name busy busybox sh -c 'while true; do usleep 100; echo Hello > /dev/null; done'
sh_d 'engine stats --no-stream --format "{{.CPUPerc}}" busy | grep -qvx "0.00%" && echo "cpu usage is not zero"'
d rm -f busy
