package io.chorus.server.people;

import io.vertx.core.Future;

/**
 * Sends an invitation email. The hook for the node's mail sender (the digest's SMTP client, when the
 * node has one configured): {@link Invitations#deliver} calls it with the person's address and the
 * message; {@link #NONE} means "no email here", and the liaison copies the link by hand.
 */
@FunctionalInterface
public interface InviteMailer {
  InviteMailer NONE = null;

  /** Answers once the SMTP server accepted the message; a failure leaves the link to be copied by hand. */
  Future<Void> send(String to, String subject, String text, String html);
}
