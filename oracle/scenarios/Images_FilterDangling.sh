# source: daemon-semantics §4.1 (dangling = no tag and no child; values must be true/false; true wins), §4.4
# fixtures: family untagged labeled
d rmi busybox
d images -f dangling=true
d images -a -f dangling=true
d images -f dangling=false
d images -a -f dangling=false
d images -f dangling=true -f dangling=false
d images -q -f dangling=true --no-trunc
d images -f dangling=1
d images -f dangling=yes
d images -f dangling=TRUE
d images -f dangling=
d images -f dangling=true labeled
