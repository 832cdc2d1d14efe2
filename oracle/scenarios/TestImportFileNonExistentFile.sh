# source: integration-cli/docker_cli_import_test.go TestImportFileNonExistentFile
# fixtures: busybox
d import example.com/myImage.tar
d images
