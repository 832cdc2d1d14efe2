# source: integration-cli/docker_cli_cp_test.go TestCpLocalOnly
d cp foo bar
