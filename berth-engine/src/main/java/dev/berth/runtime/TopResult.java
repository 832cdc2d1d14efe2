package dev.berth.runtime;

import java.util.List;

/** {@code docker top}: ps column titles and one row of fields per container process. */
public record TopResult(List<String> titles, List<List<String>> processes) {
  public TopResult {
    titles = List.copyOf(titles);
    processes = processes.stream().map(List::copyOf).toList();
  }
}
