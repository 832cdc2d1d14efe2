package dev.berth.runtime;

import java.nio.file.Path;

/**
 * {@code --network container:NAME}: the running container whose network namespace ({@code netns},
 * {@code /proc/PID/ns/net}) is joined, whose hostname is taken and whose {@code userdata}
 * directory holds the hosts, hostname and resolv.conf files shared with it.
 */
public record NetworkJoin(String netns, String hostname, Path userdata) {
  HostFiles files() {
    return new HostFiles(userdata.resolve("hosts"), userdata.resolve("hostname"), userdata.resolve("resolv.conf"));
  }
}
