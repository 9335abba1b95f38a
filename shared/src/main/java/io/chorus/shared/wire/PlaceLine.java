package io.chorus.shared.wire;

/**
 * One office or team of the company as the people page lists them ({@code GET /api/liaison/offices},
 * {@code /teams}): its id, name, and how many people are in it (deactivated ones included: an office
 * can be deleted only when nobody is in it).
 */
@SuppressWarnings("unusable-by-js")
public record PlaceLine(long id, String name, long people) {
  public static PlaceLine read(WireReader r) {
    return new PlaceLine(r.integer("id"), r.string("name"), r.optInteger("people", 0));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("name", name).put("people", people);
  }
}
