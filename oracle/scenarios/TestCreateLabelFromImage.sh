# source: integration-cli/docker_cli_create_test.go TestCreateLabelFromImage
# fixtures: busybox
CTX=$(mkctx lbl <<'DF'
FROM busybox
LABEL k1=v1 k2=v2
DF
)
q build -t testcreatebuildlabel "$CTX" >/dev/null
d create --network none --name test_create_labels_from_image -l k2=x --label k3=v3 testcreatebuildlabel
d inspect --format '{{json .Config.Labels}}' test_create_labels_from_image
