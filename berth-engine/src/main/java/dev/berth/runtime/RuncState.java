package dev.berth.runtime;

/** What {@code runc state} reports: status is created, running, paused or stopped. */
public record RuncState(String id, long pid, String status) {}
