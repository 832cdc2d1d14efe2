package dev.berth.image;

/** One line of an image deletion report: exactly one of {@code untagged} or {@code deleted}. */
public record DeleteRecord(String untagged, String deleted) {
  public static DeleteRecord untagged(String familiarRef) {
    return new DeleteRecord(familiarRef, null);
  }

  public static DeleteRecord deleted(String id) {
    return new DeleteRecord(null, id);
  }
}
