# source: cli-format §6.18 (load -i missing file, empty stdin, garbage, empty tar, extra argument, bad flag)
# fixtures: none
d load -i "$TMP/does-not-exist.tar"
note 'an empty stream or tar has no manifest.json: the daemon reports its own temp path (masked here)'
MASK='sed -E "s/docker-import-[0-9]+/docker-import-N/; s#^open [^ ]*/tmp/#open <root>/tmp/#"'
sh_d "engine load < /dev/null 2>&1 | $MASK"
sh_d "printf '' | engine load 2>&1 | $MASK"
sh_d "tar -cf empty.tar -T /dev/null; engine load -i empty.tar 2>&1 | $MASK"
sh_d 'echo garbage | engine load'
d load extra
d load --bogus
d images -a
