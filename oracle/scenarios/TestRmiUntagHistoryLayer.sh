# source: integration-cli/docker_cli_rmi_test.go TestRmiUntagHistoryLayer
# fixtures: busybox
C=$(mkctx tmp1 <<'DF'
FROM busybox
MAINTAINER foo
RUN echo 0 #layer0
RUN echo 1 #layer1
RUN echo 2 #layer2
DF
)
d build -q --no-cache -t tmp1 "$C"
d history -q tmp1
LAYER0=$(q history -q tmp1 | sed -n 3p)
d tag "$LAYER0" tmp2
d run -d --network none --name on-tmp1 tmp1 true
d wait on-tmp1
d rmi tmp2
d tag "$LAYER0" tmp2
d run -d --network none --name on-tmp2 tmp2 true
d wait on-tmp2
note 'tmp2 is used by a container: untagging needs -f'
d rmi tmp2
d rmi -f tmp2
d images -a
