package io.chorus.shared.wire;

/** {@code POST /api/offices} / {@code /api/teams}, and {@code PUT} one of them (liaison): its name. */
@SuppressWarnings("unusable-by-js")
public record PlaceRequest(String name) {
  public static PlaceRequest read(WireReader r) {
    Fields.allowOnly(r, "name");
    String name = PersonFields.placeName("name", r.string("name"));
    if (name == null) {
      throw new WireException("name", "'name' is required.");
    }
    return new PlaceRequest(name);
  }

  public void write(WireWriter w) {
    w.put("name", name);
  }
}
