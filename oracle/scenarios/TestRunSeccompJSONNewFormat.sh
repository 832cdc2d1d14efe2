# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompJSONNewFormat
# fixtures: busybox
cat > "$TMP/profile.json" <<'JSON'
{
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
note 'an errnoRet other than EPERM'
cat > "$TMP/enoent.json" <<'JSON'
{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["chmod", "fchmod", "fchmodat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 2}]}
JSON
d run --network none --security-opt "seccomp=$TMP/enoent.json" busybox chmod 777 .
note 'includes and excludes by capability: the rule applies only while the bounding set lacks CAP_FOWNER'
cat > "$TMP/caps.json" <<'JSON'
{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["chmod", "fchmod", "fchmodat"], "action": "SCMP_ACT_ERRNO", "excludes": {"caps": ["CAP_FOWNER"]}}, {"names": ["chown", "fchown", "fchownat", "lchown"], "action": "SCMP_ACT_ERRNO", "includes": {"caps": ["CAP_CHOWN"], "arches": ["amd64"]}}]}
JSON
d run --network none --security-opt "seccomp=$TMP/caps.json" busybox chmod 777 .
d run --network none --cap-drop fowner --security-opt "seccomp=$TMP/caps.json" busybox chmod 777 .
d run --network none --security-opt "seccomp=$TMP/caps.json" busybox chown 1 .
d run --network none --cap-drop chown --security-opt "seccomp=$TMP/caps.json" busybox chown 1 .
note 'a profile without action or rules is no filter at all'
echo '{}' > "$TMP/empty.json"
d run --network none --security-opt "seccomp=$TMP/empty.json" busybox grep Seccomp: /proc/self/status
d run --network none --security-opt seccomp=unconfined busybox grep Seccomp: /proc/self/status
