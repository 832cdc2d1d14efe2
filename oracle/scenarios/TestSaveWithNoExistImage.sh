# source: integration-cli/docker_cli_save_load_test.go TestSaveWithNoExistImage
# fixtures: busybox
d save -o test-img.tar foobar-non-existing-image
sh_d 'ls'
