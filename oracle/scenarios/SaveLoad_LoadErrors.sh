# source: cli-format §6.18 (load -i missing file, empty stdin, garbage, extra argument, bad flag)
# fixtures: none
d load -i "$TMP/does-not-exist.tar"
d load
sh_d 'printf "" | engine load'
sh_d 'echo garbage | engine load'
d load extra
d load --bogus
sh_d 'tar -cf empty.tar -T /dev/null; engine load -i empty.tar 2>&1 | sed -E "s/docker-import-[0-9]+/docker-import-N/; s#^open [^ ]*/tmp/#open <root>/tmp/#"'
d images -a
