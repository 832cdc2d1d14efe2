package dev.berth.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The root file system of a stage or image, as {@code COPY --from} reads it. Checksums are made the
 * way the daemon hashes files on disk: file-type bits in the mode, the real owner, and the owner's
 * names as the host knows them.
 */
final class ImageRootSource extends CopySource {
  ImageRootSource(Path root) {
    super(root);
  }

  @Override
  boolean contains(String rel) {
    return true;
  }

  @Override
  String notFoundPrefix() {
    return "";
  }

  @Override
  protected String missingHash(String rel, String resolved) {
    return resolved;
  }

  @Override
  protected TarSum header(String rel, Path file) throws IOException {
    PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    long uid = ((Number) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
    long gid = ((Number) Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue();
    String un = Owners.hostName(false, uid);
    String gn = Owners.hostName(true, gid);
    int perm = mode & 07777;
    if (a.isSymbolicLink()) {
      return new TarSum(rel, perm | 0120000, uid, gid, 0, '2', Files.readSymbolicLink(file).toString(), un, gn, 0, 0);
    }
    if (a.isDirectory()) {
      return new TarSum(rel + "/", perm | 040000, uid, gid, 0, '5', "", un, gn, 0, 0);
    }
    if (a.isRegularFile()) {
      return new TarSum(rel, perm | 0100000, uid, gid, a.size(), '0', "", un, gn, 0, 0);
    }
    return new TarSum(rel, mode, uid, gid, 0, '6', "", un, gn, 0, 0);
  }
}
