# source: integration-cli/docker_api_containers_test.go TestContainersAPICreateMountsTmpfs (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --rm --network none --mount type=tmpfs,target=/foo busybox sh -c 'mount | grep " /foo " | grep -o "tmpfs (rw[^)]*)"'
d run --rm --network none --mount type=tmpfs,target=/foo,tmpfs-size=4096,tmpfs-mode=700 busybox sh -c 'mount | grep " /foo " | grep -o "size=[0-9]*k"; stat -c %a /foo'
d run --rm --network none --mount type=tmpfs,target=/foo,readonly busybox sh -c 'touch /foo/x'
