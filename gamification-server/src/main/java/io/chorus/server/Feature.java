package io.chorus.server;

/**
 * One feature's part of the HTTP surface, wired in one place ({@link Features}) from the node's
 * {@link Services}: which routes it builds, with what, and where they go ({@link Mounts}).
 */
@FunctionalInterface
public interface Feature {
  void mount(Services services, Mounts mounts);
}
