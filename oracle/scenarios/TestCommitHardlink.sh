# source: integration-cli/docker_cli_commit_test.go TestCommitHardlink
# fixtures: busybox
note 'inode numbers differ between runs: only whether both names share one inode is shown'
SAME='tr -d "\r" | awk "NR==1 {i=\$1} NR==2 {print (\$1 == i ? \"same inode\" : \"different inodes\"), \$2}"'
sh_d "engine run -t --network none --name hardlinks busybox sh -c 'touch file1 && ln file1 file2 && ls -di file1 file2' | $SAME"
d commit hardlinks hardlinks
sh_d "engine run -t --network none hardlinks ls -di file1 file2 | $SAME"
