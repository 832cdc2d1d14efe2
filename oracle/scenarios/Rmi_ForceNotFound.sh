# source: daemon-semantics §3.1; cli-format §6.2, §1.6 (-f: only not-found errors -> exit 0; any other error -> exit 1)
# fixtures: busybox family labeled
d rmi -f nosuch
d rmi -f nosuch labeled:latest nosuch2:v9
d rmi -f nosuch "${FIX_BUSYBOX_ID:7:12}"
d rmi -f Nosuch
d rmi -f labeled:v1 nosuch
d images -a
