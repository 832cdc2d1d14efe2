# source: integration-cli/docker_cli_save_load_unix_test.go TestLoadNoStdinFail
# fixtures: busybox
note 'load with a terminal as stdin'
sh_d 'script -qec "$ENGINE_CMD_STR load" /dev/null | tr -d "\r"'
