# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterAncestorImage
# fixtures: busybox
CTX=$(mkctx i1 <<'DF'
FROM busybox
LABEL match me 1
DF
)
q build -t images_ps_filter_test1 "$CTX" >/dev/null
tick
CTX=$(mkctx i1t <<'DF'
FROM busybox
LABEL match me 1 tagged
DF
)
q build -t images_ps_filter_test1:tag "$CTX" >/dev/null
tick
CTX=$(mkctx i2 <<'DF'
FROM images_ps_filter_test1
LABEL match me 2
DF
)
q build -t images_ps_filter_test2 "$CTX" >/dev/null
ID1=$(q inspect -f '{{.Id}}' images_ps_filter_test1)
ID1T=$(q inspect -f '{{.Id}}' images_ps_filter_test1:tag)
ID2=$(q inspect -f '{{.Id}}' images_ps_filter_test2)
d run --network none --name=first busybox echo hello
d run --network none --name=second busybox echo hello
d run --network none --name=third images_ps_filter_test1 echo hello
d run --network none --name=fourth images_ps_filter_test1:tag echo hello
d run --network none --name=fifth images_ps_filter_test2 echo hello
for f in nonexistent nonexistent:tag busybox images_ps_filter_test1 images_ps_filter_test2 images_ps_filter_test1:latest images_ps_filter_test1:tag "${ID1:7:12}" "${ID2:7:12}" "$ID1" "$ID1T" "$ID2"; do
  d ps -a --format '{{.Names}}' --filter=ancestor="$f"
done
d ps -a --format '{{.Names}}' --filter=ancestor=images_ps_filter_test2 --filter=ancestor=images_ps_filter_test1:tag
