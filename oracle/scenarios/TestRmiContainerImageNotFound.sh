# source: integration-cli/docker_cli_rmi_test.go TestRmiContainerImageNotFound
# fixtures: busybox
for n in test1 test2; do
  mkctx "$n" >/dev/null <<DF
FROM busybox
MAINTAINER $n
RUN echo $n
DF
done
d build -q --no-cache -t test1 "$TMP/test1"
tick
d build -q --no-cache -t test2 "$TMP/test2"
ID1=$(q inspect --format '{{.Id}}' test1)
ID2=$(q inspect --format '{{.Id}}' test2)
d run -d --network none --name sleeper test1 sleep 600
d run --network none --name stopped test2 true
d rmi -f "$ID2"
note 'the image of the running container cannot be removed'
d rmi -f "$ID1"
d images
d ps -a --format '{{.Names}} {{.Image}}'
