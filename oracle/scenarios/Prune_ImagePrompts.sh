# source: cli-format §1.7, §6.4 (prompt on stdout, only y/Y confirm, "no" exits 0 silently)
# fixtures: busybox untagged
d image prune
sh_d 'echo n | engine image prune'
sh_d 'echo yes | engine image prune'
sh_d 'printf "" | engine image prune -a'
sh_dsort 'echo "  y  " | engine image prune -a; echo'
d images -a
fixture untagged
sh_d 'echo Y | engine image prune'
d images -a
sh_d 'echo y | engine image prune'
