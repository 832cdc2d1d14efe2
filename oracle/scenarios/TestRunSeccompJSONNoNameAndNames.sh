# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompJSONNoNameAndNames
# fixtures: busybox
cat > "$TMP/profile.json" <<'JSON'
{
	"defaultAction": "SCMP_ACT_ALLOW",
	"syscalls": [
		{
			"name": "chmod",
			"names": ["fchmod", "fchmodat"],
			"action": "SCMP_ACT_ERRNO"
		}
	]
}
JSON
d run --network none --name c1 --security-opt "seccomp=$TMP/profile.json" busybox chmod 777 .
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' c1
d start c1
