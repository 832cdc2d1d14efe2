# source: daemon-semantics §3.3 (untagged image by ID: Deleted only; a layer shared by another image is not freed)
# fixtures: busybox untagged labeled
d images -a
d rmi "${FIX_UNTAGGED_ID:7:12}"
d rmi labeled:latest labeled:v1
d rmi busybox
d images -a
