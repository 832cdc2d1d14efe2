package dev.berth.image;

/** A repository reference on an image: a tag or a digest, by its full normalised name. */
public record ImageRef(String name, String imageId, String repository, boolean digest) {}
