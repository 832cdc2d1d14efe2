package dev.berth.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A tiny {@link ImageIndex} for tests: image IDs plus references keyed by familiar string. */
final class InMemoryImageIndex implements ImageIndex {
  private final TreeSet<String> ids = new TreeSet<>();
  private final Map<String, String> refs = new HashMap<>();
  final List<String> prefixQueries = new ArrayList<>();

  InMemoryImageIndex image(String fullId, String... references) {
    ids.add(fullId);
    for (String r : references) {
      refs.put(Reference.parse(r).withDefaultTag().familiarString(), fullId);
    }
    return this;
  }

  @Override
  public Optional<String> imageIdForReference(String familiarReference) {
    return Optional.ofNullable(refs.get(familiarReference));
  }

  @Override
  public List<String> imageIdsWithHexPrefix(String hexPrefix, int limit) {
    prefixQueries.add(hexPrefix);
    return ids.stream().filter(id -> id.startsWith("sha256:" + hexPrefix)).limit(limit).toList();
  }

  @Override
  public boolean hasImage(String imageId) {
    return ids.contains(imageId);
  }
}
