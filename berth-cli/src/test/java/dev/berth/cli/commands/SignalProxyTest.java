package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalProxyTest {
  @Test
  @SuppressWarnings("restriction")
  void aSignalGoesOnByNumberWhileOn() throws Exception {
    BlockingQueue<String> sent = new ArrayBlockingQueue<>(4);
    try (SignalProxy p = SignalProxy.start(true, sent::add)) {
      sun.misc.Signal.raise(new sun.misc.Signal("USR2"));
      assertThat(sent.poll(5, TimeUnit.SECONDS)).isEqualTo("12");
    }
  }

  @Test
  void offProxiesNothing() {
    try (SignalProxy p = SignalProxy.start(false, s -> {
      throw new AssertionError(s);
    })) {
      assertThat(p).isNotNull();
    }
  }
}
