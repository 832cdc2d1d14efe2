# source: integration-cli/docker_cli_build_test.go TestBuildWithInaccessibleFilesInContext (the CLI checks the context before it sends it: an unreadable file, a directory whose entries cannot be stat'ed, unless .dockerignore leaves it out)
# fixtures: none
# The test's unprivileged user is played by root without the capabilities that bypass file permissions,
# on files owned by nobody.
nodac() { echo "setpriv --inh-caps -dac_override,-dac_read_search --bounding-set -dac_override,-dac_read_search"; }
C=$(mkctx noread <<'DF'
FROM scratch
ADD . /foo/
DF
)
ctxfile noread fileWithoutReadAccess foo
chown nobody "$C/fileWithoutReadAccess"; chmod 0700 "$C/fileWithoutReadAccess"
sh_d "cd \$TMP/noread && $(nodac) \$ENGINE_CMD_STR build -t testbuildinaccessiblefiles ."
C=$(mkctx nostat <<'DF'
FROM scratch
ADD . /foo/
DF
)
ctxfile nostat directoryWeCantStat/bar foo
chown nobody "$C/directoryWeCantStat" "$C/directoryWeCantStat/bar"; chmod 0700 "$C/directoryWeCantStat/bar"; chmod 0444 "$C/directoryWeCantStat"
sh_d "cd \$TMP/nostat && $(nodac) \$ENGINE_CMD_STR build -t testbuildinaccessibledirectory ."
C=$(mkctx linksok <<'DF'
FROM scratch
ADD . /foo/
DF
)
ln -s ../../../../../../../../../../../../../../../../../../../azA "$C/g"
sh_d "cd \$TMP/linksok && $(nodac) \$ENGINE_CMD_STR build -t testlinksok ."
C=$(mkctx ignored <<'DF'
FROM scratch
ADD . /foo/
DF
)
ctxfile ignored directoryWeCantStat/bar foo
ctxfile ignored .dockerignore directoryWeCantStat
chown nobody "$C/directoryWeCantStat" "$C/directoryWeCantStat/bar"; chmod 0700 "$C/directoryWeCantStat/bar"; chmod 0444 "$C/directoryWeCantStat"
sh_d "cd \$TMP/ignored && $(nodac) \$ENGINE_CMD_STR build -t testbuildignoredinaccessible ."
chmod 0755 "$TMP/nostat/directoryWeCantStat" "$TMP/ignored/directoryWeCantStat"
