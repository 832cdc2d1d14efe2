#!/usr/bin/env python3
"""Deterministic docker-archive generator for the berth benchmarks.

  gen_archives.py many OUT.tar N DANGLING [PREFIX]
      one docker-archive holding N images that share one tiny layer; the first N-DANGLING are
      tagged PREFIX:<i> (default bench/img), the rest have no RepoTags (they load dangling).
  gen_archives.py big OUT.tar [LAYERS] [MIB_PER_LAYER]
      one image, LAYERS (4) layers of MIB_PER_LAYER (256) MiB of pseudo-random bytes each
      (16 MiB files), tagged bench/big:latest. The layer tars are also written beside OUT.tar
      as OUT.layerK.tar so that the physical limits (sha256sum, tar -x) can be measured.
  gen_archives.py small OUT.tar [FILES]
      one image, one layer of FILES (10000) small files (1-4 KiB) in 100 directories, tagged
      bench/small:latest, with the layer tar beside it as OUT.layer0.tar.

Everything is a pure function of the arguments (fixed seeds, fixed mtimes), so every engine
loads exactly the same bytes and reruns reuse the cached files.
"""
import hashlib
import io
import json
import os
import random
import sys
import tarfile

MTIME = 1700000000  # fixed timestamps: the bytes must not depend on when the script runs


def tar_info(name, size=0, kind=tarfile.REGTYPE, mode=0o644):
    ti = tarfile.TarInfo(name)
    ti.size = size
    ti.type = kind
    ti.mode = mode
    ti.mtime = MTIME
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = ""
    return ti


class HashingWriter(io.RawIOBase):
    """A file-like sink that hashes what it writes (layer diff IDs without a second read)."""

    def __init__(self, f):
        self.f = f
        self.h = hashlib.sha256()
        self.n = 0

    def writable(self):
        return True

    def write(self, b):
        self.h.update(b)
        self.n += len(b)
        return self.f.write(b)


def write_layer(path, entries):
    """entries: iterable of (TarInfo, bytes|None). Returns (sha256 hex, size)."""
    with open(path, "wb") as raw:
        hw = HashingWriter(raw)
        with tarfile.open(fileobj=hw, mode="w|", format=tarfile.PAX_FORMAT) as t:
            for ti, data in entries:
                t.addfile(ti, io.BytesIO(data) if data is not None else None)
        return hw.h.hexdigest(), hw.n


def config_bytes(diff_ids, label, created="2023-11-14T22:13:20Z"):
    cfg = {
        "architecture": "amd64",
        "config": {"Cmd": ["/bin/sh"], "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                   "Labels": {"bench": label}},
        "created": created,
        "history": [{"created": created, "created_by": "bench layer %d" % i} for i in range(len(diff_ids))],
        "os": "linux",
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + d for d in diff_ids]},
    }
    return json.dumps(cfg, separators=(",", ":"), sort_keys=True).encode()


def write_archive(out, layer_files, images):
    """layer_files: list of (diff_id, path). images: list of (config bytes, repo tags)."""
    tmp = out + ".tmp"
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as t:
        for diff_id, path in layer_files:
            t.addfile(tar_info(diff_id, kind=tarfile.DIRTYPE, mode=0o755))
            ti = tar_info(diff_id + "/layer.tar", os.path.getsize(path))
            with open(path, "rb") as f:
                t.addfile(ti, f)
        manifest = []
        for cfg, tags in images:
            cid = hashlib.sha256(cfg).hexdigest()
            t.addfile(tar_info(cid + ".json", len(cfg)), io.BytesIO(cfg))
            manifest.append({"Config": cid + ".json", "RepoTags": tags,
                             "Layers": [d + "/layer.tar" for d, _ in layer_files]})
        m = json.dumps(manifest, separators=(",", ":")).encode()
        t.addfile(tar_info("manifest.json", len(m)), io.BytesIO(m))
    os.replace(tmp, out)


def many(out, n, dangling, prefix="bench/img"):
    layer = out + ".layer0.tar"
    d, _ = write_layer(layer, [(tar_info("etc", kind=tarfile.DIRTYPE, mode=0o755), None),
                               (tar_info("etc/bench", 6), b"bench\n")])
    images = []
    for i in range(n):
        tags = ["%s:%d" % (prefix, i)] if i < n - dangling else []
        images.append((config_bytes([d], "%s-%d" % (prefix, i)), tags))
    write_archive(out, [(d, layer)], images)


def big(out, layers=4, mib=256):
    rng = random.Random(42)
    files_per_layer = max(1, mib // 16)
    layer_files = []
    for k in range(layers):
        path = "%s.layer%d.tar" % (out, k)

        def entries(k=k):
            yield tar_info("data%d" % k, kind=tarfile.DIRTYPE, mode=0o755), None
            for j in range(files_per_layer):
                size = min(16, mib - 16 * j) << 20
                yield tar_info("data%d/blob%02d" % (k, j), size), rng.randbytes(size)

        d, _ = write_layer(path, entries())
        layer_files.append((d, path))
    cfg = config_bytes([d for d, _ in layer_files], "big")
    write_archive(out, layer_files, [(cfg, ["bench/big:latest"])])


def small(out, files=10000):
    rng = random.Random(7)
    path = out + ".layer0.tar"

    def entries():
        for dnum in range(100):
            yield tar_info("files/d%02d" % dnum, kind=tarfile.DIRTYPE, mode=0o755), None
        for i in range(files):
            size = rng.randint(1024, 4096)
            yield tar_info("files/d%02d/f%05d" % (i % 100, i), size), rng.randbytes(size)

    d, _ = write_layer(path, entries())
    cfg = config_bytes([d], "small")
    write_archive(out, [(d, path)], [(cfg, ["bench/small:latest"])])


def main(argv):
    kind, out, rest = argv[1], argv[2], [int(a) for a in argv[3:] if a.isdigit()]
    if os.path.exists(out):
        return  # deterministic: a present file is the same file
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if kind == "many":
        prefix = argv[5] if len(argv) > 5 else "bench/img"
        many(out, rest[0], rest[1], prefix)
    elif kind == "big":
        big(out, *rest)
    elif kind == "small":
        small(out, *rest)
    else:
        sys.exit("unknown kind " + kind)


if __name__ == "__main__":
    main(sys.argv)
