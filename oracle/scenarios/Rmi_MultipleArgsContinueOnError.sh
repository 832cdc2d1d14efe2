# source: daemon-semantics §3.1 CLI; cli-format §1.6 (every argument processed, errors printed at the end, exit 1)
# fixtures: busybox labeled twolayer
d rmi labeled:latest nosuch labeled:v1
d rmi nosuch1 nosuch2:v2
d rmi twolayer twolayer busybox
d images -a
fixture busybox
d tag busybox tw:1
d tag busybox tw:2
d rmi tw:1 tw:1 tw:2
d images -a
