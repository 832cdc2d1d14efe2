package dev.berth.layer;

/**
 * Caps what one decompressed stream may expand to: at most {@code maxBytes} in total, and (once
 * past {@code ratioFloorBytes}) at most {@code maxRatio} times the compressed bytes consumed. Both
 * protect against decompression bombs.
 */
public record ExpansionLimit(long maxBytes, long maxRatio, long ratioFloorBytes) {
  /** 64 GiB, ratio 1000 past 64 MiB: generous for real images, fatal for bombs. */
  public static final ExpansionLimit DEFAULT = new ExpansionLimit(64L << 30, 1000, 64L << 20);

  /** No limit at all (trusted input, e.g. the store's own regenerated layers). */
  public static final ExpansionLimit NONE = new ExpansionLimit(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  public ExpansionLimit {
    if (maxBytes <= 0 || maxRatio <= 0 || ratioFloorBytes < 0) {
      throw new IllegalArgumentException("expansion limits must be positive");
    }
  }

  /** True if {@code produced} uncompressed bytes from {@code consumed} compressed ones is too much. */
  public boolean exceeded(long produced, long consumed) {
    if (produced > maxBytes) {
      return true;
    }
    return produced > ratioFloorBytes && consumed > 0 && produced / consumed > maxRatio;
  }
}
