# source: cli-format §1.4, §6.2 (argument count, unknown flags exit 125, aliases image rm / image remove)
# fixtures: busybox labeled
d rmi
d image rm
d rmi --bogus busybox
d rmi -z busybox
d image rm labeled:latest
d image remove labeled:v1
d rmi ''
d rmi ' '
d images
