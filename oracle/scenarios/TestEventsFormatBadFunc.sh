# source: integration-cli/docker_cli_events_test.go TestEventsFormatBadFunc
# fixtures: none
d events --format '{{badFuncString .}}'
