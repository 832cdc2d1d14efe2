# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompProfileDenyChmod
# fixtures: busybox
cat > "$TMP/profile.json" <<'JSON'
{
	"defaultAction": "SCMP_ACT_ALLOW",
	"syscalls": [
		{
			"name": "chmod",
			"action": "SCMP_ACT_ERRNO"
		},
		{
			"name":"fchmod",
			"action": "SCMP_ACT_ERRNO"
		},
		{
			"name": "fchmodat",
			"action":"SCMP_ACT_ERRNO"
		}
	]
}
JSON
d run --network none --security-opt "seccomp=$TMP/profile.json" busybox chmod 400 /etc/hostname
note 'the CLI sends the profile compacted; the daemon keeps it as given'
d run --network none --name c1 --security-opt "seccomp:$TMP/profile.json" busybox chmod 400 /etc/hostname
d inspect -f '{{json .HostConfig.SecurityOpt}}' c1
note 'without a profile (the default one) chmod is allowed'
d run --network none busybox chmod 400 /etc/hostname
