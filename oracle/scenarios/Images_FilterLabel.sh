# source: daemon-semantics §4.1 step 2, §4.4 (label=k / label=k=v, AND of label filters)
# fixtures: busybox labeled ambiguous
d images -f label=version
d images -f label=version=1.0
d images -f label=version=2.0
d images -f label=com.example.vendor=ACME -f label=on_prune=keep
d images -f label=amb
d images -f label=amb=one
d images -f label=amb=one -f label=amb=two
d images -f label=amb -f reference=amb:two
d images -f label=nosuch
d images -f label=
d images -a -f label=on_prune
