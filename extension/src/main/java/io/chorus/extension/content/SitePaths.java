package io.chorus.extension.content;

/**
 * Which pages of a site are conversations (a reply box, a comment thread, messaging): the panel stays
 * off them and Share never writes there. And where a composer can be opened at all. DOM-free.
 */
final class SitePaths {
  private SitePaths() {}

  /** X: a post and its replies ({@code /<user>/status/<id>…}), direct messages. */
  static boolean xConversation(String path) {
    if (path.startsWith("/messages") || path.startsWith("/i/chat")) {
      return true;
    }
    int user = path.indexOf('/', 1);
    return user > 1 && path.startsWith("/status/", user) && path.length() > user + "/status/".length();
  }

  /** LinkedIn: messaging, and one post with its comments ({@code /feed/update/…}). */
  static boolean linkedInConversation(String path) {
    return path.startsWith("/messaging") || path.startsWith("/feed/update/");
  }

  /** LinkedIn pages whose share box can open a composer: the feed; share pages hold their composer. */
  static boolean linkedInComposes(String path) {
    return (path.equals("/feed") || path.startsWith("/feed/") && !linkedInConversation(path))
        || path.startsWith("/sharing/");
  }
}
