# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompJSONNoArchAndArchMap
# fixtures: busybox
cat > "$TMP/profile.json" <<'JSON'
{
	"archMap": [
		{
			"architecture": "SCMP_ARCH_X86_64",
			"subArchitectures": [
				"SCMP_ARCH_X86",
				"SCMP_ARCH_X32"
			]
		}
	],
	"architectures": [
		"SCMP_ARCH_X32"
	],
	"defaultAction": "SCMP_ACT_ALLOW",
	"syscalls": [
		{
			"names": ["chmod", "fchmod", "fchmodat"],
			"action": "SCMP_ACT_ERRNO"
		}
	]
}
JSON
d run --network none --security-opt "seccomp=$TMP/profile.json" busybox chmod 777 .
note 'profiles the CLI or the daemon cannot read'
d run --network none --security-opt "seccomp=$TMP/missing.json" busybox true
echo '{"defaultAction": ' > "$TMP/truncated.json"
d run --network none --security-opt "seccomp=$TMP/truncated.json" busybox true
echo '{"defaultAction": "SCMP_ACT_ALLOW"} x' > "$TMP/trailing.json"
d create --network none --security-opt "seccomp=$TMP/trailing.json" busybox true
d run --network none --security-opt seccomp=builtin busybox true
