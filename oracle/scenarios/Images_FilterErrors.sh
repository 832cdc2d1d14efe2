# source: daemon-semantics §4.1 (accepted keys dangling/label/before/since/reference), cli-format §1.4 (bad flag format exit 125)
# fixtures: busybox
d images -f until=1h
d images -f foo=bar
d images -f 'label!=a'
d images -f foo
d images --filter=
d images -f Dangling=true
d images --bogus
d images -z
d images --tree
