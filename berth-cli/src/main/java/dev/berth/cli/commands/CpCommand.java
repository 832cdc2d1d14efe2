package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.container.ContainerFiles;
import dev.berth.container.ContainerRecord;
import dev.berth.container.PathTar;
import dev.berth.container.TreeCopy;
import dev.berth.errors.NotFoundException;
import dev.berth.errors.NotSupportedException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth cp [-a] [-L] SRC DEST}: copies between a container's filesystem and the host. */
@Command(name = "cp")
public final class CpCommand extends BaseCommand {
  @Option(names = {"-a", "--archive"})
  boolean archive;

  @Option(names = {"-L", "--follow-link"})
  boolean followLink;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Parameters
  List<String> args = new ArrayList<>();

  /** One side of the copy: a container path or a host path (container null). */
  record Spec(String container, String path) {
    static Spec parse(String arg) {
      // as the docker CLI: a path starting with "/" or "." is local, whatever colons it holds
      if (arg.startsWith("/") || arg.startsWith(".")) {
        return new Spec(null, arg);
      }
      int i = arg.indexOf(':');
      return i < 0 ? new Spec(null, arg) : new Spec(arg.substring(0, i), arg.substring(i + 1));
    }
  }

  @Override
  protected int execute() throws Exception {
    exactArgs(args, 2);
    Spec src = Spec.parse(args.get(0));
    Spec dst = Spec.parse(args.get(1));
    if (src.container() != null && dst.container() != null) {
      throw new CommandFailed("copying between containers is not supported", 1);
    }
    if (src.container() == null && dst.container() == null) {
      throw new CommandFailed("must specify at least one container source", 1);
    }
    if (src.container() != null) {
      fromContainer(src, dst.path());
    } else {
      toContainer(src.path(), dst);
    }
    return 0;
  }

  private ContainerFiles open(String container) {
    ContainerRecord r = ctx.engine().lifecycle().reconcile(ctx.engine().containers().inspect(container));
    return ContainerFiles.open(ctx.engine().store(), r);
  }

  private void fromContainer(Spec src, String dstPath) throws Exception {
    if (src.path().isEmpty()) {
      throw new CommandFailed("filesystem paths must be absolute or relative: \"\"", 1);
    }
    try (ContainerFiles files = open(src.container())) {
      Path source = files.existing(src.path(), followLink, src.container());
      ContainerFiles.copied(ctx.engine().store(), files.container(), "archive-path");
      if (dstPath.equals("-")) {
        OutputStream out = new BufferedOutputStream(ctx.out(), 1 << 16);
        PathTar.write(source, PathTar.baseName(src.path()), out);
        out.flush();
        return;
      }
      try {
        // a symlink at the destination is followed: the copy lands at its target
        Path given = Path.of(dstPath).toAbsolutePath();
        Path destination = TreeCopy.followDestination(given);
        TreeCopy.copy(new TreeCopy.Request(source, src.path(), onlyContents(src.path()),
            destination, dstPath, destination.equals(given) && dstPath.endsWith("/")));
      } catch (dev.berth.errors.InvalidArgumentException e) {
        // these rules are the docker CLI's own (client side): no daemon prefix
        throw new CommandFailed(e.getMessage(), 1);
      }
    }
  }

  private void toContainer(String srcPath, Spec dst) {
    if (srcPath.equals("-")) {
      throw new NotSupportedException("berth cp: a tar archive on stdin is not supported yet");
    }
    Path given = Path.of(srcPath).toAbsolutePath();
    Path source = followLink ? given.normalize() : given;
    if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
      throw new CommandFailed("lstat " + source + ": no such file or directory", 1);
    }
    // with -L, or a trailing separator, a symlink source is followed (the copy keeps the name given)
    if (followLink || srcPath.endsWith("/") || srcPath.endsWith("/.")) {
      try {
        source = source.toRealPath();
      } catch (java.io.IOException e) {
        // a broken link: copied as the link it is
      }
    }
    String path = dst.path().isEmpty() ? "/" : dst.path();
    try (ContainerFiles files = open(dst.container())) {
      String resolved = files.resolvePath(path, true);
      Path target = files.host(resolved);
      // the daemon refuses to extract onto a read-only mount or root filesystem
      // the docker CLI stats the destination first: a path through a file, or one with a trailing
      // separator that is not a directory, does not exist for it; it then extracts into the parent
      boolean assertsDir = path.endsWith("/") || path.endsWith("/.");
      boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (!assertsDir || Files.isDirectory(target));
      if (!exists && !Files.isDirectory(source)) {
        if (assertsDir) {
          brokenPipe(given);
          throw new CommandFailed("no such directory", 1);
        }
        String extractionPoint = parent(ContainerFiles.cleanPath(path));
        Path point = files.resolve(extractionPoint, true);
        if (!Files.exists(point, LinkOption.NOFOLLOW_LINKS)) {
          throw new NotFoundException("Could not find the file " + extractionPoint + " in container " + dst.container());
        }
        if (!Files.isDirectory(point)) {
          throw new dev.berth.errors.InvalidArgumentException("extraction point is not a directory");
        }
      }
      String dir = Files.isDirectory(target) ? resolved : parent(resolved);
      if (Files.isDirectory(files.host(dir))) {
        files.checkWritable(dir);
      }
      try {
        TreeCopy.copy(new TreeCopy.Request(source, srcPath, onlyContents(srcPath),
            target, path, path.endsWith("/")).withDirectoryOwners());
      } catch (dev.berth.errors.InvalidArgumentException e) {
        if (e.getMessage().equals("no such directory") && !Files.exists(target.getParent())) {
          throw new NotFoundException("Could not find the file " + path + " in container " + dst.container());
        }
        brokenPipe(given);
        throw new CommandFailed(e.getMessage(), 1);
      }
      ContainerFiles.copied(ctx.engine().store(), files.container(), "extract-to-dir");
    }
  }

  /** The docker CLI finds a bad destination after it started streaming its tar: its writer logs the broken pipe. */
  private void brokenPipe(Path given) {
    String time = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    ctx.err().println("time=\"" + time + "\" level=error msg=\"Can't add file " + (followLink ? given.normalize() : given)
        + " to tar: io: read/write on closed pipe\"");
    ctx.err().println("time=\"" + time + "\" level=error msg=\"Can't close tar writer: io: read/write on closed pipe\"");
  }

  private static String parent(String resolved) {
    int i = resolved.lastIndexOf('/');
    return i <= 0 ? "/" : resolved.substring(0, i);
  }

  private static boolean onlyContents(String path) {
    return path.endsWith("/.");
  }

}
