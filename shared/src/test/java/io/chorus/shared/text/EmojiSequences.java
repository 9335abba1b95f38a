package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The strings twitter-text's emoji pattern is made of: every alternative with each optional part
 * taken and left out, and each character class by its single members and the ends of its ranges.
 * Probes for comparing the compiled JavaScript with twitter-text on every kind of emoji sequence.
 * Reads only what that pattern uses: groups, (?:, (?!, classes with ranges, '?' and '|'.
 */
public final class EmojiSequences {
  private final String pattern;
  private int at;

  private EmojiSequences(String pattern) {
    this.pattern = pattern;
  }

  /** The sequences of the pattern, in pattern order, without repeats. */
  public static List<String> of(String pattern) {
    EmojiSequences parser = new EmojiSequences(pattern);
    Set<String> all = new LinkedHashSet<>(parser.alternation());
    if (parser.at != pattern.length()) {
      throw new IllegalStateException("unread pattern from " + parser.at);
    }
    all.remove("");
    return new ArrayList<>(all);
  }

  private List<String> alternation() {
    List<String> all = new ArrayList<>(sequence());
    while (at < pattern.length() && pattern.charAt(at) == '|') {
      at++;
      all.addAll(sequence());
    }
    return all;
  }

  private List<String> sequence() {
    List<String> prefixes = new ArrayList<>(List.of(""));
    while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
      List<String> atom = atom();
      if (at < pattern.length() && pattern.charAt(at) == '?') {
        at++;
        atom.add("");
      }
      List<String> next = new ArrayList<>();
      for (String p : prefixes) {
        for (String a : atom) {
          next.add(p + a);
        }
      }
      prefixes = next;
    }
    return prefixes;
  }

  private List<String> atom() {
    int cp = pattern.codePointAt(at);
    if (cp == '(') {
      at++;
      boolean lookahead = false;
      if (pattern.startsWith("?:", at)) {
        at += 2;
      } else if (pattern.startsWith("?!", at)) {
        at += 2;
        lookahead = true;
      }
      List<String> inner = alternation();
      expect(')');
      return lookahead ? new ArrayList<>(List.of("")) : inner;
    }
    if (cp == '[') {
      at++;
      List<String> members = new ArrayList<>();
      while (pattern.charAt(at) != ']') {
        int first = next();
        members.add(new String(Character.toChars(first)));
        if (pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
          at++;
          int last = next();
          if (last - first > 1) {
            members.add(new String(Character.toChars((first + last) / 2)));
          }
          members.add(new String(Character.toChars(last)));
        }
      }
      expect(']');
      return members;
    }
    return new ArrayList<>(List.of(new String(Character.toChars(next()))));
  }

  private int next() {
    int cp = pattern.codePointAt(at);
    at += Character.charCount(cp);
    return cp;
  }

  private void expect(char c) {
    if (pattern.charAt(at) != c) {
      throw new IllegalStateException("expected " + c + " at " + at);
    }
    at++;
  }
}
