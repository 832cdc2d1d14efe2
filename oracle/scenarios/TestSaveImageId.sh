# source: integration-cli/docker_cli_save_load_test.go TestSaveImageId
# fixtures: none
note 'emptyfs: an image made of one empty layer'
sh_d 'tar -cf empty.tar -T /dev/null'
d import empty.tar emptyfs
d tag emptyfs:latest foobar-save-image-id-test:latest
d images -q --no-trunc foobar-save-image-id-test
d images -q foobar-save-image-id-test
sh_d 'engine save $(engine images -q foobar-save-image-id-test) | tar t | grep $(engine images -q --no-trunc foobar-save-image-id-test | cut -d: -f2)'
d rmi foobar-save-image-id-test
