# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompProfileDenyUnshareUserns
# fixtures: busybox
cat > "$TMP/profile.json" <<'JSON'
{
	"defaultAction": "SCMP_ACT_ALLOW",
	"syscalls": [
		{
			"name": "unshare",
			"action": "SCMP_ACT_ERRNO",
			"args": [
				{
					"index": 0,
					"value": 268435456,
					"op": "SCMP_CMP_EQ"
				}
			]
		}
	]
}
JSON
d run --network none --security-opt apparmor=unconfined --security-opt "seccomp=$TMP/profile.json" busybox unshare --map-root-user --user sh -c whoami
note 'the rule matches only that argument: another namespace is not refused by this profile'
d run --network none --security-opt apparmor=unconfined --security-opt "seccomp=$TMP/profile.json" busybox unshare --uts true
