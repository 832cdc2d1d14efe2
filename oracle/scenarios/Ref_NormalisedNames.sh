# source: daemon-semantics §1.1 (familiar form, docker.io / library / index.docker.io), §1.3 (sorted refs), §5.2
# fixtures: busybox
d tag busybox t1
d tag "${FIX_BUSYBOX_ID:7:12}" t2:v2
d tag "${FIX_BUSYBOX_ID:7:3}" docker.io/library/t3:v3
d tag "${FIX_BUSYBOX_ID:0:15}" index.docker.io/t4
d tag "$FIX_BUSYBOX_ID" docker.io/someone/t5:x
d tag busybox:latest localhost:5000/t6
d tag busybox Localhost:5000/t7:x
d tag busybox my.registry.example.com:443/a/b/c:d_e.f-g
d tag busybox a__b:1
d tag busybox a---b:1
d tag busybox "${FIX_BUSYBOX_ID:7:12}"
d image inspect --format '{{json .RepoTags}}' busybox
d images
d images --format '{{.Repository}}|{{.Tag}}' t3
d images docker.io/library/t3
note 'rmi by any spelling prints the familiar reference'
d rmi docker.io/library/t3:v3
d rmi index.docker.io/library/t4:latest
d rmi docker.io/someone/t5:x
d rmi Localhost:5000/t7:x
d rmi localhost:5000/t6:latest
d image inspect --format '{{json .RepoTags}}' busybox
