# source: integration/build/build_test.go TestBuildWithEmptyDockerfile (an empty Dockerfile, one of blank lines, one with only a comment)
# fixtures: busybox
C=$(printf '' | mkctx empty)
d build --rm --force-rm "$C"
C=$(printf '\n\n\n\n\t\t\t' | mkctx emptylines)
d build --rm --force-rm "$C"
C=$(printf '# this is a comment' | mkctx comment)
d build --rm --force-rm "$C"
sh_d 'printf "" | engine build -'
sh_d 'printf "\n\n  \n" | engine build -'
d images --format '{{.Repository}}'
