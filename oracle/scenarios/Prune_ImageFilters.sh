# source: daemon-semantics §6.1 steps 4-5, §6.2 (until against the fixed fixture dates, label, label!)
# fixtures: busybox untagged labeled ambiguous
d tag amb:one keepme:1
d tag busybox amb:one
d tag busybox amb:two
note 'dangling now: the untagged fixture (2020-05-01) and the old amb:two image (2020-06-02, labels amb=two nonce=N)'
d images -f dangling=true
d image prune -f --filter until=2020-05-01T00:00:00Z
d image prune -f --filter until=2020-05-01T00:00:01Z
d image prune -f --filter label=amb=one
d image prune -f --filter label=amb=two --filter label=nonce
d images -a
note 'all mode, created up to 2020-05-01 and not labelled on_prune=keep: the busybox image (3 tags)'
d image prune -a -f --filter 'label!=on_prune=keep' --filter until=1588291200
d images -a
d image prune -a -f --filter label=on_prune=keep --filter until=10m
d images -a
