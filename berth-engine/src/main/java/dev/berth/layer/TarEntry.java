package dev.berth.layer;

import java.util.Map;

/**
 * One parsed tar entry (PAX and GNU long names already applied). {@code type} is the ustar type
 * flag ('0' regular, '1' hardlink, '2' symlink, '3' char, '4' block, '5' dir, '6' FIFO).
 */
public record TarEntry(
    String name,
    String linkName,
    char type,
    int mode,
    long uid,
    long gid,
    long size,
    long mtimeSeconds,
    int mtimeNanos,
    int devMajor,
    int devMinor,
    Map<String, byte[]> xattrs) {

  public boolean isRegular() {
    return type == '0' || type == '7';
  }

  public boolean isDirectory() {
    return type == '5';
  }

  public boolean isSymlink() {
    return type == '2';
  }

  public boolean isHardlink() {
    return type == '1';
  }
}
