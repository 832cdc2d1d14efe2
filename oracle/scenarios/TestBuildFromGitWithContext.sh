# source: integration-cli/docker_cli_build_test.go TestBuildFromGitWithContext (a git context with #ref:subdirectory)
# fixtures: busybox
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t GIT_AUTHOR_DATE=@1577934245 GIT_COMMITTER_DATE=@1577934245 GIT_CONFIG_NOSYSTEM=1
# mkrepo DIR: commit DIR (files written by the scenario) on master, publish it as $TMP/srv/repo.git (dumb HTTP)
mkrepo() { git -C "$1" init -q -b master && git -C "$1" add -A && git -C "$1" commit -q -m init && mkdir -p "$TMP/srv" && git clone -q --bare "$1" "$TMP/srv/repo.git" && git -C "$TMP/srv/repo.git" update-server-info; }
mkdir -p "$TMP/repo"
mkdir -p "$TMP/repo/docker"
printf "FROM busybox\nADD first /first\nRUN [ -f /first ]\nMAINTAINER docker\n" > "$TMP/repo/docker/Dockerfile"
printf "test git data" > "$TMP/repo/docker/first"
mkrepo "$TMP/repo"
http_serve "$TMP/srv" 18111
d build -t testbuildfromgit http://127.0.0.1:18111/repo.git#master:docker
d inspect --format "{{.Author}}" testbuildfromgit
d build -t testbuildfromgit2 http://127.0.0.1:18111/repo.git#nobranch
