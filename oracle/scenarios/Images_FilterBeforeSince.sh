# source: daemon-semantics §4.1 step 1, §4.4 (before/since resolve like rmi; strict comparison of Created)
# fixtures: busybox twolayer family labeled untagged ambiguous
d images
d images -f before=labeled
d images -f before=labeled:v1
d images -f since=twolayer
d images -f since=child -f before=amb:one
d images -f since="${FIX_LABELED_ID:7:6}"
d images -f before="$FIX_TWOLAYER_ID"
d images -f before=busybox
d images -f since=amb:two
d images -f before=nosuch
d images -f since=nosuch:v1
d images -f since="$FIX_AMB_PREFIX"
d images -q -f since=labeled
