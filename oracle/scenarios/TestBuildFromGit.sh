# source: integration-cli/docker_cli_build_test.go TestBuildFromGit (a git repository served over HTTP as the context)
# fixtures: busybox
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t GIT_AUTHOR_DATE=@1577934245 GIT_COMMITTER_DATE=@1577934245 GIT_CONFIG_NOSYSTEM=1
# mkrepo DIR: commit DIR (files written by the scenario) on master, publish it as $TMP/srv/repo.git (dumb HTTP)
mkrepo() { git -C "$1" init -q -b master && git -C "$1" add -A && git -C "$1" commit -q -m init && mkdir -p "$TMP/srv" && git clone -q --bare "$1" "$TMP/srv/repo.git" && git -C "$TMP/srv/repo.git" update-server-info; }
mkdir -p "$TMP/repo"
printf "FROM busybox\nADD first /first\nRUN [ -f /first ]\nMAINTAINER docker\n" > "$TMP/repo/Dockerfile"
printf "test git data" > "$TMP/repo/first"
printf '.git\n' > "$TMP/repo/.dockerignore" # the clone's .git (its size depends on the git version) stays out
mkrepo "$TMP/repo"
http_serve "$TMP/srv" 18110
d build -t testbuildfromgit http://127.0.0.1:18110/repo.git
d inspect --format "{{.Author}}" testbuildfromgit
d run --rm --network none testbuildfromgit cat /first
