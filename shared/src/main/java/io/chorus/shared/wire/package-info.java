/**
 * The wire contract between the server, the extension and the office screen: one record per JSON
 * message, each with {@code read(WireReader)} (which validates) and {@code write(WireWriter)}. The
 * server reads and writes them over Vert.x JSON, the browser over plain JS objects.
 *
 * <p>Records carry {@code @SuppressWarnings("unusable-by-js")}: GWT treats record accessors as
 * reachable from JavaScript and warns that {@code long} and enum results are unusable there; they
 * are only ever called from Java.
 */
package io.chorus.shared.wire;
