package io.chorus.extension.content;

/** A site's post composer as the presenter sees it: its text now, and a way to add text to it. */
interface Composer {
  /** The text as the site will post it (line breaks included). */
  String text();

  /** Adds {@code text} at the end, as typed input; answers whether the editor took it. */
  void insert(String text, Callback<Boolean> took);
}
