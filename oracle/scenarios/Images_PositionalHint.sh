# source: cli-format §6.1 (hint "did you mean docker image ls" for sub-command-like names that match nothing), §1.4
# fixtures: busybox
d images ls
d images rm
d images prune
d images tag
d images busybox
d image ls ls
d images a b
d image ls a b
d images nosuch
