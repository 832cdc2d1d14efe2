package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.cli.BerthCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LogsCommandTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aFollowerWhoseReaderIsGoneEndsAsTheCliDiesOfSigpipe() throws Exception {
    assumeTrue(CliHarness.canRunContainers(), "needs root, runc, conmon and busybox");
    CliHarness cli = new CliHarness(dir);
    cli.importBusybox();
    try {
      assertThat(cli.run("run", "-d", "--name", "talker", "busybox", "sh", "-c", "while true; do echo hello; sleep 1; done")
          .exit()).isZero();
      OutputStream closedPipe = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("Broken pipe");
        }
      };
      long start = System.nanoTime();
      int code = BerthCli.run(new String[] {"--root", dir.resolve("root").toString(), "--runroot",
          dir.resolve("run").toString(), "logs", "-f", "talker"}, new ByteArrayInputStream(new byte[0]),
          new PrintStream(closedPipe, true), new PrintStream(new ByteArrayOutputStream(), true));
      assertThat(code).isEqualTo(LogsCommand.SIGPIPE_EXIT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
      assertThat(cli.run("inspect", "-f", "{{.State.Running}}", "talker").out().strip()).isEqualTo("true");
    } finally {
      cli.removeAll();
    }
  }
}
