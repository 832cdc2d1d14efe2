# source: daemon-semantics §4.1 step 3, §4.4 (path.Match globs on the familiar form; positional = reference filter)
# fixtures: busybox labeled twolayer
d tag busybox app:1
d tag busybox app:latest
d tag busybox other/app:2.0
d tag busybox localhost:5000/ns/app:3
d images app
d images app:1
d images 'app:*'
d images 'app:[1l]*'
d images -f 'reference=*app'
d images -f 'reference=*/*'
d images -f 'reference=*/*/*'
d images -f 'reference=localhost:5000/*'
d images -f 'reference=localhost:5000/*/*'
d images -f reference=docker.io/library/app
d images -f reference=library/app
d images docker.io/library/busybox
d images -f reference=app -f reference=labeled
d images -f reference=labeled:v1 labeled:latest
d images -f 'reference=['
d images -f reference=nosuch
d images -f reference=app -f dangling=true
d images -q app
d images -f reference=busybox -a
