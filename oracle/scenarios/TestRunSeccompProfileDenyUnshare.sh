# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompProfileDenyUnshare
# fixtures: busybox
cat > "$TMP/profile.json" <<'JSON'
{
	"defaultAction": "SCMP_ACT_ALLOW",
	"syscalls": [
		{
			"name": "unshare",
			"action": "SCMP_ACT_ERRNO"
		}
	]
}
JSON
d run --network none --security-opt apparmor=unconfined --security-opt "seccomp=$TMP/profile.json" busybox unshare -p -m -f -r mount -t proc none /proc
