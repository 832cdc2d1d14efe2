# source: integration-cli/docker_cli_rmi_test.go TestRmiImgIDMultipleTag
# fixtures: busybox
d run -d --network none --name one busybox /bin/sh -c "mkdir '/busybox-one'"
d wait one
d commit one busybox-one
d images -a
d tag busybox-one busybox-one:tag1
d tag busybox-one busybox-one:tag2
d images -a
IMG=$(q inspect --format '{{.Id}}' busybox-one:tag1)
d run -d --network none --name sleeper busybox-one sleep 600
note 'without -f: a running container uses the image'
d rmi "$IMG"
d stop -t 1 sleeper
d rmi -f "$IMG"
d images -a
d ps -a --format '{{.Names}} {{.Status}}'
