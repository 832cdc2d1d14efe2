package dev.berth.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConmonControlTest {
  @Test
  void resizeLineIsTypeHeightWidth() {
    assertEquals("1 24 80\n", ConmonControl.resizeLine(24, 80));
  }

  @Test
  void noPipeIsNoResize(@TempDir Path dir) {
    assertFalse(ConmonControl.resize(dir, 1, 1));
  }
}
