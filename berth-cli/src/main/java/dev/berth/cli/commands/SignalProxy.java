package dev.berth.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code --sig-proxy}: the signals the client gets (those a JVM lets a program handle: HUP, INT,
 * TERM, USR2, ...) are sent to the container instead, by number, as the docker CLI does. The
 * previous handlers come back on close.
 */
@SuppressWarnings("restriction")
final class SignalProxy implements AutoCloseable {
  static final List<String> SIGNALS = List.of("HUP", "INT", "TERM", "USR2", "ALRM", "WINCH", "CONT", "TSTP");

  private final List<sun.misc.Signal> signals = new ArrayList<>();
  private final List<sun.misc.SignalHandler> previous = new ArrayList<>();

  private SignalProxy() {}

  /** Proxies the signals to {@code send} (given the signal's number) when {@code on}; else does nothing. */
  static SignalProxy start(boolean on, Consumer<String> send) {
    SignalProxy p = new SignalProxy();
    if (!on) {
      return p;
    }
    for (String name : SIGNALS) {
      try {
        sun.misc.Signal s = new sun.misc.Signal(name);
        sun.misc.SignalHandler old = sun.misc.Signal.handle(s, sig -> {
          try {
            send.accept(Integer.toString(sig.getNumber()));
          } catch (RuntimeException e) {
            // the container is gone: nothing to forward to
          }
        });
        p.signals.add(s);
        p.previous.add(old);
      } catch (IllegalArgumentException | UnsupportedOperationException reserved) {
        // the JVM keeps this one
      }
    }
    return p;
  }

  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      try {
        sun.misc.Signal.handle(signals.get(i), previous.get(i));
      } catch (IllegalArgumentException e) {
        // cannot happen: it was handled before
      }
    }
  }
}
