package io.chorus.shared.text;

/**
 * A piece of a post that X treats specially (a URL or a hashtag): its UTF-16 offsets in the text, end
 * exclusive, and its value (for a hashtag, without the sign; as written, not normalised). Shared so the
 * extension and the server point at the same characters.
 */
@SuppressWarnings("unusable-by-js")
public record TextSpan(int start, int end, String value) {}
