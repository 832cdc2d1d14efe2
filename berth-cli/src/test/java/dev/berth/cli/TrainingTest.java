package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {
  @Test
  void containerTrainingRunsOnItsOwnRunRootWithExistingHostDirectoriesOnly() {
    List<String[]> commands = Training.containerCommands("/t/store", "/t/run", Path.of("/t/training.tar"));
    boolean canRun = Files.isExecutable(Path.of("/usr/sbin/runc")) && Files.isExecutable(Path.of("/usr/bin/conmon"))
        && "root".equals(System.getProperty("user.name"));
    assertThat(commands).hasSize(canRun ? 2 : 0);
    if (canRun) {
      assertThat(commands.get(0)).containsExactly("--root", "/t/store", "import", "/t/training.tar", "training:1");
      List<String> run = List.of(commands.get(1));
      assertThat(run.subList(0, 8)).containsExactly("--root", "/t/store", "--runroot", "/t/run", "run", "--rm",
          "--network", "none");
      for (int i = run.indexOf("-v"); i >= 0 && i < run.size() && run.get(i).equals("-v"); i += 2) {
        String dir = run.get(i + 1).substring(0, run.get(i + 1).indexOf(':'));
        assertThat(Path.of(dir)).isDirectory();
        assertThat(run.get(i + 1)).endsWith(":ro");
      }
      assertThat(run.subList(run.size() - 2, run.size())).containsExactly("training:1", "/usr/bin/true");
    }
  }
}
