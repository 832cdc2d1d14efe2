# source: integration/image/remove_test.go TestRemoveImageOrphaning
# fixtures: busybox
d create --network none --name c1 busybox ''
d commit --change 'ENTRYPOINT ["true"]' c1 testremoveimageorphaning
ID1=$(q inspect --format '{{.Id}}' testremoveimageorphaning)
d create --network none --name c2 testremoveimageorphaning ''
d commit --change 'LABEL Maintainer="Integration Tests"' c2 testremoveimageorphaning
ID2=$(q inspect --format '{{.Id}}' testremoveimageorphaning)
d rmi testremoveimageorphaning
d inspect --format '{{.Id}} {{.RepoTags}}' "$ID1"
d inspect --format '{{.Id}}' "$ID2"
d images -a
