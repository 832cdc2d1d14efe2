package dev.berth.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The per-file checksum of Docker's tarsum (version 1) that the classic builder puts into a COPY's
 * cache key: SHA-256 over the selected tar header fields ({@code name mode uid gid size typeflag
 * linkname uname gname devmajor devminor}, each as key + value, mtime left out) followed by the
 * file's content.
 */
record TarSum(String name, long mode, long uid, long gid, long size, char type, String linkName, String uname,
    String gname, long devMajor, long devMinor) {

  /** A digest primed with the header; feed it the content, then hex it. */
  MessageDigest start() {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String h = "name" + name + "mode" + mode + "uid" + uid + "gid" + gid + "size" + size + "typeflag" + type
        + "linkname" + linkName + "uname" + uname + "gname" + gname + "devmajor" + devMajor + "devminor" + devMinor;
    md.update(h.getBytes(StandardCharsets.UTF_8));
    return md;
  }
}
