package dev.berth.image;

/** One layer of the layer store, named by chain ID; {@code parent} is the chain ID below it. */
public record LayerRecord(String chainId, String diffId, String parent, long size, String tarSplit) {}
