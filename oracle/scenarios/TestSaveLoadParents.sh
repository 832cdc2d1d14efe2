# source: integration-cli/docker_cli_save_load_test.go TestSaveLoadParents
# fixtures: busybox
d run -d --network none --name foo busybox touch foo
d wait foo
d commit foo
IDFOO=$(q images -q --no-trunc -f dangling=true)
d rm -f foo
d run -d --network none --name bar "$IDFOO" touch bar
d wait bar
d commit bar
IDBAR=$(q images -q --no-trunc -f dangling=true | grep -v "$IDFOO")
d rm -f bar
d save -o out.tar "$IDBAR" "$IDFOO"
d rmi "$IDBAR"
d load -i out.tar
d inspect --format '{{.Parent}}' "$IDBAR"
d inspect --format '{{.Parent}}' "$IDFOO"
d images -a
