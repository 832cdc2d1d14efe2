package dev.berth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The docker CLI's {@code --help} texts (help.txt), keyed by canonical command. */
final class Help {
  private Help() {}

  static String text(String key) {
    try (InputStream in = Help.class.getResourceAsStream("help.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String marker = "@@ " + key + "\n";
      int start = all.indexOf(marker);
      if (start < 0) {
        return null;
      }
      start += marker.length();
      int end = all.indexOf("\n@@ ", start);
      return all.substring(start, end < 0 ? all.length() : end + 1);
    } catch (IOException e) {
      return null;
    }
  }
}
