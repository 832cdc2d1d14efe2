# source: integration/image/list_test.go TestImagesFilterMultiReference
# fixtures: busybox
for t in v1 v2 v3 v4; do d tag busybox:latest "testimagesfiltermultireference:$t"; done
d images --filter reference=testimagesfiltermultireference:v1 --filter reference=testimagesfiltermultireference:v2 --filter reference=testimagesfiltermultireference:v3
d images --format '{{.Repository}}:{{.Tag}}' --filter reference=testimagesfiltermultireference:v1 --filter reference=testimagesfiltermultireference:v2 --filter reference=testimagesfiltermultireference:v3
d images -q --filter reference=testimagesfiltermultireference:v1 --filter reference=testimagesfiltermultireference:v2
