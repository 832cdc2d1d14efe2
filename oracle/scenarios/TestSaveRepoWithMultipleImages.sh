# source: integration-cli/docker_cli_save_load_test.go TestSaveRepoWithMultipleImages
# fixtures: busybox
d run -d --network none --name foo busybox true
d wait foo
d commit foo foobar-save-multi-images-test:foo
d run -d --network none --name bar busybox true
d wait bar
d commit bar foobar-save-multi-images-test:bar
d rmi foobar-save-multi-images-test
sh_dsort "engine save foobar-save-multi-images-test busybox:latest | tar t | grep -E '^[a-f0-9]{64}\.json\$'"
sh_d 'engine save foobar-save-multi-images-test busybox:latest | tar xO repositories | python3 -c "import json,sys; r=json.load(sys.stdin); print(sorted((k, sorted(v)) for k, v in r.items()))"'
