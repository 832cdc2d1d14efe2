# source: integration-cli/docker_cli_build_test.go TestBuildFailsGitNotCallable (a git context without git on PATH)
# fixtures: none
mkdir -p "$TMP/nogit"
for t in stat find mkdir flock rm mv mktemp cat; do ln -s "$(command -v $t)" "$TMP/nogit/$t"; done
sh_d 'PATH="$TMP/nogit" engine build -t gitnotcallable github.com/docker/v1.10-migrator.git'
sh_d 'PATH="$TMP/nogit" engine build -t gitnotcallable https://github.com/docker/v1.10-migrator.git'
