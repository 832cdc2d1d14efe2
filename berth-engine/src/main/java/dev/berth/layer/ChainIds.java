package dev.berth.layer;

import dev.berth.content.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chain IDs of a layer stack: {@code chain(L1) = diffId(L1)},
 * {@code chain(L1..Ln) = sha256(chain(L1..Ln-1) + " " + diffId(Ln))} over the full
 * {@code sha256:<hex>} strings.
 */
public final class ChainIds {
  private ChainIds() {}

  /** The chain ID of every prefix of {@code diffIds}, bottom first. */
  public static List<Digest> of(List<Digest> diffIds) {
    List<Digest> chain = new ArrayList<>(diffIds.size());
    Digest previous = null;
    for (Digest diffId : diffIds) {
      previous = previous == null ? diffId : next(previous, diffId);
      chain.add(previous);
    }
    return List.copyOf(chain);
  }

  /** The chain ID of the whole stack (its top layer). */
  public static Digest top(List<Digest> diffIds) {
    if (diffIds.isEmpty()) {
      throw new IllegalArgumentException("a layer stack without layers has no chain ID");
    }
    List<Digest> all = of(diffIds);
    return all.get(all.size() - 1);
  }

  /** The chain ID of {@code diffId} stacked on the layer whose chain ID is {@code parentChain}. */
  public static Digest next(Digest parentChain, Digest diffId) {
    return Digest.of((parentChain + " " + diffId).getBytes(StandardCharsets.US_ASCII));
  }
}
