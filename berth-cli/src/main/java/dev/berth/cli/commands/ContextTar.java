package dev.berth.cli.commands;

import dev.berth.build.BuildContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The build context tar the docker CLI sends to a daemon: the directory's entries in lexical walk
 * order, minus what {@code .dockerignore} excludes (the Dockerfile and {@code .dockerignore} always
 * go), owned by 0:0. A Dockerfile from elsewhere (stdin, outside the context) is added under
 * {@code extraName}, and {@code .dockerignore} then also names it, so that it is not part of
 * {@code COPY .}.
 */
final class ContextTar {
  private ContextTar() {}

  /**
   * @param dockerfile the Dockerfile's path inside the context (relative, slash-separated)
   * @param extraName the name of an added Dockerfile, null for none
   * @param extraDockerfile its content
   */
  static void write(BuildContext context, String dockerfile, String extraName, byte[] extraDockerfile, OutputStream out)
      throws IOException {
    Path root = context.root();
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    byte[] ignore = null;
    for (Path p : walk(root)) {
      String rel = root.relativize(p).toString();
      boolean always = rel.equals(".dockerignore") || rel.equals(dockerfile);
      if (!always && context.excluded(Path.of(rel))) {
        continue;
      }
      if (extraName != null && rel.equals(".dockerignore")) {
        ignore = Files.readAllBytes(p);
        continue;
      }
      put(tar, rel, p);
    }
    if (extraName != null) {
      String text = ignore == null ? "" : new String(ignore, StandardCharsets.UTF_8);
      byte[] rewritten = (text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + ".dockerignore\n" + extraName
          + "\n").getBytes(StandardCharsets.UTF_8);
      putBytes(tar, ".dockerignore", rewritten);
      putBytes(tar, extraName, extraDockerfile);
    }
    tar.finish();
    tar.flush();
  }

  /** Every path under {@code root} (not itself), each directory's entries sorted by name, as Go walks. */
  private static List<Path> walk(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    walkInto(root, out);
    return out;
  }

  private static void walkInto(Path dir, List<Path> out) throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = new ArrayList<>(s.toList());
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path e : entries) {
      out.add(e);
      if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
        walkInto(e, out);
      }
    }
  }

  private static void put(TarArchiveOutputStream tar, String rel, Path p) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    TarArchiveEntry e;
    if (a.isSymbolicLink()) {
      e = new TarArchiveEntry(rel, TarConstants.LF_SYMLINK);
      e.setLinkName(Files.readSymbolicLink(p).toString());
    } else if (a.isDirectory()) {
      e = new TarArchiveEntry(rel + "/", TarConstants.LF_DIR);
    } else if (a.isRegularFile()) {
      e = new TarArchiveEntry(rel, TarConstants.LF_NORMAL);
      e.setSize(a.size());
    } else {
      return; // sockets, devices and pipes are not part of a build context
    }
    // permission bits only, as Go's tar headers: the daemon's COPY checksum hashes the mode
    e.setMode(mode);
    e.setIds(0, 0);
    e.setUserName("");
    e.setGroupName("");
    e.setModTime(a.lastModifiedTime().toMillis());
    tar.putArchiveEntry(e);
    if (a.isRegularFile()) {
      Files.copy(p, tar);
    }
    tar.closeArchiveEntry();
  }

  private static void putBytes(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_NORMAL);
    e.setMode(0600);
    e.setSize(content.length);
    e.setIds(0, 0);
    e.setModTime(System.currentTimeMillis());
    tar.putArchiveEntry(e);
    tar.write(content);
    tar.closeArchiveEntry();
  }
}
