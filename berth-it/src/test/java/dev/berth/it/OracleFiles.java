package dev.berth.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the oracle lives in the repository, and which scenarios it holds. */
record OracleFiles(Path repo) {

  /** The repository root: the {@code berth.repo} property set by the build, else the parent of the working directory. */
  static OracleFiles locate() {
    String configured = System.getProperty("berth.repo");
    Path repo = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    return new OracleFiles(repo.toAbsolutePath().normalize());
  }

  Path oracleDir() {
    return repo.resolve("oracle");
  }

  Path runScenario() {
    return oracleDir().resolve("run-scenario.sh");
  }

  Path normalizer() {
    return oracleDir().resolve("normalize.py");
  }

  Path launcher() {
    return repo.resolve("bin/berth");
  }

  Path jar() {
    return repo.resolve("target/berth.jar");
  }

  Path scenario(String scenario) {
    return oracleDir().resolve("scenarios").resolve(scenario + ".sh");
  }

  Path transcript(String scenario) {
    return oracleDir().resolve("transcripts").resolve(scenario + ".txt");
  }

  /** Scenario names listed in oracle/passing.txt: one per line, '#' starts a comment. */
  List<String> passing() {
    return listed("passing.txt");
  }

  /**
   * Scenario names listed in oracle/api-passing.txt: those also checked with the real docker CLI
   * against {@code berth serve}.
   */
  List<String> apiPassing() {
    return listed("api-passing.txt");
  }

  private List<String> listed(String name) {
    Path file = oracleDir().resolve(name);
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file).stream()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every scenario that has a recorded transcript, sorted by name. */
  List<String> recorded() {
    try (Stream<Path> files = Files.list(oracleDir().resolve("transcripts"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why the shaded jar cannot be trusted, or null when it can: it must exist and be newer than every
   * compiled class of the other modules (under `mvn test` berth-cli is compiled but not re-packaged).
   */
  String jarProblem() {
    Path jar = jar();
    if (!Files.exists(jar)) {
      return jar + " does not exist; run `mvn package` (or bin/test, i.e. `mvn verify`) first";
    }
    try (Stream<Path> modules = Files.list(repo)) {
      long jarTime = Files.getLastModifiedTime(jar).toMillis();
      for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("berth-")).toList()) {
        Path classes = module.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(classes)) {
          boolean newer = walk.filter(Files::isRegularFile).anyMatch(p -> {
            try {
              return Files.getLastModifiedTime(p).toMillis() > jarTime;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
          if (newer) {
            return jar + " is older than " + classes + "; run `mvn package` (or bin/test) so the jar is rebuilt";
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
