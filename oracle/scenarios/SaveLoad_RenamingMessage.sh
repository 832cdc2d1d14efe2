# source: daemon-semantics §8.3 step 3, §8.4 (load moves tags and prints "renaming the old one"; reload is silent)
# fixtures: busybox twolayer
d tag twolayer keep:1
d tag twolayer busybox:latest
d images
d load -i "$FIX/busybox.tar"
d images
d load -i "$FIX/busybox.tar"
note 'the old holder has no other reference: it becomes dangling'
d rmi keep:1
d tag twolayer:latest busybox
d load -i "$FIX/busybox.tar"
d images
d images -f dangling=true
