# source: integration-cli/docker_cli_events_test.go TestEventsFormatBadField
# fixtures: none
d events --format '{{.badFieldString}}'
