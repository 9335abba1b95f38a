package io.chorus.server;

import io.chorus.server.auth.AuthRoutes;
import io.chorus.server.auth.ConsoleSessionRoutes;
import io.chorus.server.console.ConsoleRoutes;
import io.chorus.server.content.ContentRoutes;
import io.chorus.server.contests.ContestRoutes;
import io.chorus.server.digest.DigestRoutes;
import io.chorus.server.extension.ExtensionSettingsRoutes;
import io.chorus.server.leaderboard.LeaderboardRoutes;
import io.chorus.server.library.LibraryRoutes;
import io.chorus.server.library.LinkPreviews;
import io.chorus.server.links.LinkRoutes;
import io.chorus.server.numbers.NumbersRoutes;
import io.chorus.server.people.AudienceRoutes;
import io.chorus.server.people.Invitations;
import io.chorus.server.people.PeopleRoutes;
import io.chorus.server.people.WelcomeRoutes;
import io.chorus.server.points.RulesRoutes;
import io.chorus.server.recognition.KudosRoutes;
import io.chorus.server.recognition.KudosService;
import io.chorus.server.recognition.SpotlightRoutes;
import io.chorus.server.screen.ScreenRoutes;
import io.chorus.server.shares.ShareRoutes;
import io.chorus.server.voids.VoidListRoutes;
import io.chorus.server.voids.VoidRoutes;
import io.chorus.server.voids.VoidService;
import java.util.List;

/**
 * The composition root of the HTTP surface: every feature, one entry each, wired from the node's
 * services. A new feature is one more entry here (and, when it needs a node-wide component, one more
 * {@link Services} field); {@link HttpVerticle} never changes for it. Liaison-only reads go on
 * {@link Mounts#liaison()}, which is already guarded.
 */
final class Features {
  static final List<Feature> ALL = List.of(
      (s, m) -> new AuthRoutes(s.people(), s.passwords(), s.tokens(), s.signInLimits(), s.addresses(), s.auth())
          .mount(m.root()),
      (s, m) -> new ConsoleSessionRoutes(s.people(), s.passwords(), s.signInLimits(), s.addresses(),
          s.consoleSessions()).mount(m.root()),
      (s, m) -> new ContentRoutes(s.content(), s.auth(), m.publicUrl()).mount(m.root()),
      (s, m) -> new ShareRoutes(s.shares(), s.auth(), m.publicUrl()).mount(m.root()),
      (s, m) -> new RulesRoutes(s.pool(), s.auth()).mount(m.root()),
      (s, m) -> new LinkRoutes(s.links(), s.visitors(), s.addresses(), s.leaderboard(), m.publicUrl())
          .mount(m.root()),
      (s, m) -> new KudosRoutes(new KudosService(s.pool(), s.leaderboard()), s.auth()).mount(m.root()),
      (s, m) -> new SpotlightRoutes(s.pool(), s.leaderboard(), s.auth()).mount(m.root()),
      Features::voids,
      (s, m) -> new LeaderboardRoutes(s.leaderboard(), m.stream(), s.people(), s.auth(), s.pool(), s.clock())
          .mount(m.root()),
      Features::screens,
      Features::people,
      (s, m) -> new ConsoleRoutes(m.pages().console()).mount(m.root()),
      (s, m) -> new DigestRoutes(s.digests(), s.auth(), m.publicUrl()).mount(m.root()),
      Features::contests,
      Features::library,
      (s, m) -> new NumbersRoutes(s.pool(), s.clock()).mount(m.liaison()),
      (s, m) -> new ExtensionSettingsRoutes(s.pool(), s.auth()).mount(m.root()));

  private Features() {}

  /** Voiding (liaison-guarded routes of its own) and what the console lists to void. */
  private static void voids(Services s, Mounts m) {
    new VoidRoutes(new VoidService(s.pool(), s.leaderboard()), s.auth()).mount(m.root());
    new VoidListRoutes(s.pool()).mount(m.liaison());
  }

  /**
   * People: the console's people page (import, edit, deactivate, offices and teams), the invitee's
   * welcome page, and the employee's stated audience. Invitation emails go through
   * the digest's SMTP sender when the node has one ({@code CHORUS_SMTP_HOST}); without, the liaison copies the link.
   */
  private static void people(Services s, Mounts m) {
    Invitations invitations = new Invitations(s.pool(), s.digests().inviteMailer());
    PeopleRoutes people = new PeopleRoutes(s.vertx(), s.pool(), invitations, s.leaderboard(), s.auth(), m.publicUrl());
    people.mount(m.root());
    people.mountLiaison(m.liaison());
    new WelcomeRoutes(m.pages().welcome(), invitations, s.passwords(), s.signInLimits(), s.addresses()).mount(m.root());
    new AudienceRoutes(s.pool(), s.auth()).mount(m.root());
  }

  /** The content library: the liaison's changes, "fill from a link", and the console's list of items. */
  private static void library(Services s, Mounts m) {
    LibraryRoutes library = new LibraryRoutes(s.pool(),
        new LinkPreviews(s.vertx(), s.config().linkPreviewAllowLoopback()), s.auth());
    library.mount(m.root());
    library.mountLiaison(m.liaison());
  }

  /** Hashtag contests: the liaison's writes, everyone's reads, own posts; the console's list of them. */
  private static void contests(Services s, Mounts m) {
    ContestRoutes contests = new ContestRoutes(s.contests(), s.auth());
    contests.mount(m.root());
    contests.mountLiaison(m.liaison());
  }

  /** The office screen page, its links, and the console's list of them. */
  private static void screens(Services s, Mounts m) {
    ScreenRoutes screens = new ScreenRoutes(m.pages().screen(), s.screens(), s.tokens(), s.auth(), s.screenStates(),
        m.publicUrl());
    screens.mount(m.root());
    screens.mountLiaison(m.liaison());
  }
}
