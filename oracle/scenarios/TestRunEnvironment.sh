# source: integration-cli/docker_cli_run_test.go TestRunEnvironment
# fixtures: busybox
sh_d 'TRUE=false TRICKY=$'\''tri\ncky\n'\'' engine run --network none -h testing -e=FALSE=true -e=TRUE -e=TRICKY -e=HOME= busybox env | sort'
