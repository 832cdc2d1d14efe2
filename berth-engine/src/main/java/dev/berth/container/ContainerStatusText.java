package dev.berth.container;

import dev.berth.units.HumanDuration;
import java.time.Duration;
import java.time.Instant;

/** The daemon's STATUS text of a container: {@code Up 3 seconds}, {@code Exited (0) 2 minutes ago}. */
public final class ContainerStatusText {
  private ContainerStatusText() {}

  public static String of(ContainerRecord r, Instant now) {
    return of(r, now, null);
  }

  /** @param health the health text of a container with a healthcheck ({@code healthy}, {@code health: starting}), or null */
  public static String of(ContainerRecord r, Instant now, String health) {
    return switch (r.state()) {
      case CREATED -> "Created";
      case RUNNING -> "Up " + since(r.startedAt(), now) + (health == null ? "" : " (" + health + ")");
      case PAUSED -> "Up " + since(r.startedAt(), now) + " (Paused)";
      case RESTARTING -> "Restarting (" + r.exitCode() + ") " + since(r.finishedAt(), now) + " ago";
      case REMOVING -> "Removal In Progress";
      case DEAD -> "Dead";
      case EXITED -> r.finishedAt() == null || r.finishedAt().startsWith("0001-")
          ? ""
          : "Exited (" + r.exitCode() + ") " + since(r.finishedAt(), now) + " ago";
    };
  }

  private static String since(String rfc3339, Instant now) {
    Instant t = rfc3339 == null ? now : Instant.parse(rfc3339);
    return HumanDuration.of(Duration.between(t, now));
  }
}
