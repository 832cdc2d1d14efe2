# source: daemon-semantics §3.4 (by ID with >=2 references: "referenced in multiple repositories" even in one repo; -f untags in sorted order)
# fixtures: busybox labeled
note 'labeled:latest and labeled:v1 are one image (same repository)'
d rmi "${FIX_LABELED_ID:7:12}"
d rmi "$FIX_LABELED_ID"
d images
d rmi -f "${FIX_LABELED_ID:7:12}"
d images
note 'references in different repositories, sorted by full normalised name'
d tag busybox zz/b:1
d tag busybox localhost:5000/b:1
d tag busybox Localhost:5000/b:1
d tag busybox aa:1
d rmi "${FIX_BUSYBOX_ID:7:12}"
d rmi -f "${FIX_BUSYBOX_ID:7:12}"
d images -a
