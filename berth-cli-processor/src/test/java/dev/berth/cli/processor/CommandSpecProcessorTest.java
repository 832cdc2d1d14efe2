package dev.berth.cli.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandSpecProcessorTest {
  @TempDir Path dir;

  /** Compiles {@code sources} with the processor; returns the generated CommandSpecs source. */
  private String generate(String... sources) throws Exception {
    Path src = dir.resolve("src/demo");
    Files.createDirectories(src);
    for (int i = 0; i < sources.length; i++) {
      Files.writeString(src.resolve("Command" + i + ".java"), sources[i]);
    }
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    String classPath = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        + java.io.File.pathSeparator + System.getProperty("java.class.path");
    List<String> args = new java.util.ArrayList<>(List.of("-proc:full", "-processor", CommandSpecProcessor.class.getName(),
        "-cp", classPath, "-d", out.toString(), "-s", out.toString()));
    for (int i = 0; i < sources.length; i++) {
      args.add(src.resolve("Command" + i + ".java").toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int rc = javac.run(null, errors, errors, args.toArray(new String[0]));
    assertThat(rc).as(errors.toString()).isZero();
    return Files.readString(out.resolve("demo/CommandSpecs.java"));
  }

  @Test
  void oneAccessorClassPerCommandWithFieldsAndNoneWithout() throws Exception {
    String generated = generate(
        """
        package demo;
        import picocli.CommandLine.Command;
        import picocli.CommandLine.Option;
        import picocli.CommandLine.Parameters;
        @Command(name = "one")
        public class Command0 {
          @Option(names = {"-a", "--all"}) boolean all;
          @Option(names = "--name") String name;
          @Parameters java.util.List<String> args = new java.util.ArrayList<>();
        }
        """,
        """
        package demo;
        import picocli.CommandLine.Command;
        @Command(name = "none")
        public class Command1 {
        }
        """);
    assertThat(generated).contains("class Access0 implements IGetter, ISetter");
    assertThat(generated).doesNotContain("class Access1");
    // no anonymous class per field
    assertThat(generated).doesNotContain("new IGetter()").doesNotContain("new ISetter()");
    assertThat(generated.split("case 2:", -1)).hasSize(3); // three fields: one case in get, one in set
  }
}
