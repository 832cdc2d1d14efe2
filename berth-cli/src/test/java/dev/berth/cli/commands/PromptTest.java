package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PromptTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void onlyYConfirms() {
    assertThat(Prompt.ask(new ByteArrayInputStream(" Y \n".getBytes()), out, "Sure?")).isTrue();
    assertThat(Prompt.ask(new ByteArrayInputStream("yes\n".getBytes()), out, "Sure?")).isFalse();
    assertThat(Prompt.ask(new ByteArrayInputStream(new byte[0]), out, "Sure?")).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Sure? [y/N] Sure? [y/N] Sure? [y/N] ");
  }

  /**
   * Whether SIGINT reaches this JVM: a process started in the background inherits it ignored, and
   * then the JVM keeps it ignored whatever handler is registered.
   */
  private static boolean interruptReachesTheJvm() throws java.io.IOException {
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2L) == 0; // bit of signal 2
      }
    }
    return false;
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @SuppressWarnings("restriction")
  void anInterruptWhileWaitingIsANoAfterANewline() throws Exception {
    assumeTrue(interruptReachesTheJvm(), "SIGINT is ignored by this JVM (started in the background)");
    try (PipedOutputStream never = new PipedOutputStream(); PipedInputStream in = new PipedInputStream(never)) {
      Thread signal = new Thread(() -> {
        try {
          while (!bytes.toString(StandardCharsets.UTF_8).endsWith("[y/N] ")) {
            Thread.sleep(10);
          }
          Thread.sleep(100);
          sun.misc.Signal.raise(new sun.misc.Signal("INT"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      signal.start();
      assertThat(Prompt.ask(in, out, "Sure?")).isFalse();
      signal.join();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Sure? [y/N] \n");
  }
}
