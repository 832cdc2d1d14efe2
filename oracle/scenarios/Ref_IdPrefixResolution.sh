# source: daemon-semantics §1.2 (ID / ID prefix / sha256: prefix lookup, ambiguous prefix = not found)
# fixtures: busybox ambiguous
B=${FIX_BUSYBOX_ID#sha256:}
note 'full ID, sha256:ID, 12-hex, short prefixes, one hex digit'
d image inspect --format '{{.Id}}' "$B"
d image inspect --format '{{.Id}}' "sha256:$B"
d image inspect --format '{{.Id}}' "${B:0:12}"
d image inspect --format '{{.Id}}' "${B:0:4}"
d image inspect --format '{{.Id}}' "sha256:${B:0:5}"
d image inspect --format '{{.Id}}' "${B:0:1}"
note "ambiguous prefix $FIX_AMB_PREFIX (amb:one and amb:two)"
d image inspect --format '{{.Id}}' "$FIX_AMB_PREFIX"
d image inspect --format '{{.Id}}' "sha256:$FIX_AMB_PREFIX"
d image inspect --format '{{.Id}}' "${FIX_AMB_ONE_ID:7:5}"
d image inspect --format '{{.Id}}' "${FIX_AMB_TWO_ID:7:5}"
d tag "$FIX_AMB_PREFIX" amb:three
d rmi "$FIX_AMB_PREFIX"
note 'hex matching is case sensitive; upper case does not parse'
d image inspect --format '{{.Id}}' "$(printf '%s' "${B:0:6}" | tr a-f A-F)"
note 'a tag wins over an ID prefix'
d tag amb:one "${B:0:4}"
d image inspect --format '{{.Id}} {{.RepoTags}}' "${B:0:4}"
d rmi "${B:0:4}"
d image inspect --format '{{.Id}} {{.RepoTags}}' "${B:0:4}"
note 'an ID prefix with a tag is a name, not a prefix'
d image inspect --format '{{.Id}}' "${B:0:12}:latest"
d images
