# source: integration-cli/docker_cli_build_test.go TestBuildLastModified (ADD of a URL keeps the Last-Modified time; a touched file gets the new one)
# fixtures: busybox
mkdir -p "$TMP/srv"; printf hello > "$TMP/srv/file"; touch -d @1577934245 "$TMP/srv/file"
http_serve "$TMP/srv" 18102
C=$(mkctx lm <<'DF'
FROM busybox
ADD http://127.0.0.1:18102/file /
DF
)
d build --no-cache -t testbuildlastmodified "$C"
d run --rm --network none testbuildlastmodified stat -c '%Y %s %a %U:%G %n' /file
d build --no-cache -t testbuildlastmodified "$C"
d run --rm --network none testbuildlastmodified stat -c '%Y %s %a %U:%G %n' /file
touch -d @1600000000 "$TMP/srv/file"
d build --no-cache -t testbuildlastmodified "$C"
d run --rm --network none testbuildlastmodified stat -c '%Y %s %a %U:%G %n' /file
