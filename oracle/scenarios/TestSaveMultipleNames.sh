# source: integration-cli/docker_cli_save_load_test.go TestSaveMultipleNames
# fixtures: none
note 'emptyfs: an image made of one empty layer'
sh_d 'tar -cf empty.tar -T /dev/null'
d import empty.tar emptyfs
d tag emptyfs:latest foobar-save-multi-name-test-one:latest
d tag emptyfs:latest foobar-save-multi-name-test-two:latest
sh_d 'engine save foobar-save-multi-name-test-one foobar-save-multi-name-test-two:latest | tar xO repositories | grep -q -E "(-one|-two)"'
sh_d 'engine save foobar-save-multi-name-test-one foobar-save-multi-name-test-two:latest | tar xO repositories; echo'
sh_d 'engine save foobar-save-multi-name-test-one foobar-save-multi-name-test-two:latest | tar xO manifest.json; echo'
