package dev.berth.volume;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Docker's size of a directory tree: the sizes of everything that is not a directory (symlinks
 * count their target's length), each hard-linked inode once; unreadable parts count 0.
 */
public final class DirectorySize {
  private DirectorySize() {}

  public static long of(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    long[] total = {0};
    Set<Object> inodes = new HashSet<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          long s = attrs.size();
          if (!attrs.isDirectory() && s > 0) {
            Object key = attrs.fileKey();
            if (key == null || inodes.add(key)) {
              total[0] += s;
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return total[0];
    }
    return total[0];
  }
}
