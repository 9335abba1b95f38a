package io.chorus.shared.wire;

import java.util.Map;

/** Lets shared's tests in other packages read a Map as if it were JSON. */
public final class WireReaders {
  private WireReaders() {}

  public static WireReader of(Map<String, Object> map) {
    return new MapReader(map);
  }
}
