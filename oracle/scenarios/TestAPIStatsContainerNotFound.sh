# source: integration-cli/docker_api_stats_test.go TestAPIStatsContainerNotFound
# fixtures: none
d stats nonexistent
d stats --no-stream nonexistent
d container stats --no-stream nonexistent
