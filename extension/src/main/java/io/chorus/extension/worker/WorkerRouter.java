package io.chorus.extension.worker;

import elemental2.promise.Promise;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.wire.JsReader;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.Network;
import io.chorus.shared.scoring.OwnWords;
import io.chorus.shared.scoring.ScoringRules;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Audience;
import io.chorus.shared.wire.ExtensionSettings;
import io.chorus.shared.wire.KudosRequest;
import io.chorus.shared.wire.Me;
import io.chorus.shared.wire.MyContest;
import io.chorus.shared.wire.OwnPostReport;
import io.chorus.shared.wire.Session;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.SignInRequest;
import io.chorus.shared.wire.SuggestionList;
import io.chorus.shared.wire.WireException;
import elemental2.core.JsArray;
import io.chorus.extension.i18n.BrowserWords;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Answers each message type (see {@link Messages}); every answer is a plain object with a status. */
final class WorkerRouter {
  private WorkerRouter() {}

  static Promise<JsPropertyMap<Object>> handle(JsReader message) {
    switch (message.string("type")) {
      case Messages.SUGGESTIONS:
        return suggestions(message.string("network"));
      case Messages.MEASURE:
        return unlessPaused(() -> ContentAnswers.measure(message));
      case Messages.REPORT_OWN_POST:
        // Paused: own posts are not read or reported either.
        return unlessPaused(() -> OwnPostReporter.report(OwnPostReport.read(ContentAnswers.cleanPost(message.object("post")))));
      case Messages.MY_CONTESTS:
        return myContests();
      case Messages.REPORT_SHARE:
        // While paused nothing is reported, not even kept for later: the employee said so.
        return unlessPaused(() -> DraftRules.load().then(rules ->
            ShareReporter.report(ShareReport.read(ContentAnswers.cleanReport(message.object("report"), rules)))));
      case Messages.DISMISS:
        return dismiss(message.raw().get("contentId"), message.raw().get("until"));
      case Messages.SEEN:
        return Items.seen(Js.uncheckedCast(message.raw().get("ids"))).then(v -> refreshBadge())
            .then(v -> Promise.resolve(status(Messages.OK)));
      case Messages.SESSION:
        return session();
      case Messages.SIGN_IN:
        return signIn(SignInRequest.read(message.object("credentials")));
      case Messages.SIGN_OUT:
        return Settings.forgetSession().then(v -> Items.count(new JsArray<>()))
            .then(v -> Promise.resolve(status(Messages.SIGNED_OUT)));
      case Messages.ME:
        return me();
      case Messages.KUDOS_OPTIONS:
        return KudosSender.options();
      case Messages.GIVE_KUDOS:
        return KudosSender.give(KudosRequest.read(message.object("kudos")));
      case Messages.AUDIENCE:
        return audience(null);
      case Messages.SAVE_AUDIENCE:
        return audience(Audience.read(message.object("audience")));
      default:
        throw new WireException("type", "Unknown message type.");
    }
  }

  private static Promise<JsPropertyMap<Object>> suggestions(String networkName) {
    Network network = Network.fromWire(networkName);
    if (network == null) {
      throw new WireException("network", "Unknown network.");
    }
    return unlessPaused(() -> Settings.session().then(session -> {
      if (session == null) {
        return Promise.resolve(status(Messages.SIGNED_OUT));
      }
      Promise<ScoringRules> rules = rules(session.token());
      Promise<ExtensionSettings> company = companySettings(session.token());
      // Fresh on every page's first look: a contest launched a moment ago counts from this page on.
      Promise<List<MyContest>> contests = ContestCache.live(session, true);
      return ServerApi.get(ApiPaths.SUGGESTIONS + "?network=" + network.wireName(), session.token())
          .then(reply -> {
            if (!reply.ok()) {
              return signedOutOr(reply);
            }
            SuggestionList list = SuggestionList.read(reply.body());
            return company.then(settings -> rules.then(r -> Items.visible(
                ContentAnswers.withShareText(list, reply.body().raw().get("suggestions"), settings)).then(items -> {
              JsPropertyMap<Object> answer = JsPropertyMap.of("status", Messages.OK, "suggestions", items);
              answer.set("maxLength", (double) network.maxLength());
              answer.set("minOwnWords", (double) OwnWords.MIN_NEW_WORDS);
              answer.set("sharePoints", (double) r.pointsForShare(network));
              answer.set("ownWordsBonus", (double) r.ownWordsBonus());
              answer.set("companyInPagePanel", settings.inPagePanel());
              return DraftRules.save(r.ownWordsBonus(), settings).then(v -> contests).then(live -> {
                answer.set("contestTags", ContestCache.tags(live));
                return Promise.resolve(answer);
              });
            })));
          });
    }));
  }

  /** {@code body} unless the employee paused Chorus, which answers paused with a message saying so. */
  private static Promise<JsPropertyMap<Object>> unlessPaused(java.util.function.Supplier<Promise<JsPropertyMap<Object>>> body) {
    return Settings.paused().then(paused -> paused
        ? Promise.resolve(JsPropertyMap.of("status", Messages.PAUSED, "message", BrowserWords.get().get("w_paused")))
        : body.get());
  }

  private static Promise<JsPropertyMap<Object>> dismiss(Object contentId, Object until) {
    return Settings.session().then(session -> session == null
        ? Promise.resolve(status(Messages.SIGNED_OUT))
        : Items.hide(Js.asDouble(contentId), until == null ? 0 : Js.asDouble(until), session.token())
            .then(server -> refreshBadge().then(v -> Promise.resolve(JsPropertyMap.of("status", Messages.OK,
                "server", server)))));
  }

  /** Recounts the toolbar badge from both networks' lists (nothing when signed out or paused). */
  static Promise<Void> refreshBadge() {
    return suggestions("linkedin").then(a -> suggestions("x").then(b -> {
      JsArray<Object> all = new JsArray<>();
      for (JsPropertyMap<Object> answer : List.of(a, b)) {
        if (Messages.OK.equals(answer.get("status"))) {
          JsArray<Object> items = Js.uncheckedCast(answer.get("suggestions"));
          for (int i = 0; i < items.length; i++) {
            all.push(items.getAt(i));
          }
        }
      }
      return Items.count(all);
    }));
  }

  /** The company's extension settings, or the defaults when the server has none to give (an older server). */
  static Promise<ExtensionSettings> companySettings(String token) {
    return ServerApi.get(ApiPaths.EXTENSION_SETTINGS, token).then(reply -> {
      if (!reply.ok()) {
        return Promise.resolve(ExtensionSettings.DEFAULT);
      }
      try {
        return Promise.resolve(ExtensionSettings.read(reply.body()));
      } catch (WireException unexpected) {
        return Promise.resolve(ExtensionSettings.DEFAULT);
      }
    });
  }

  /**
   * The company's points rules (asked alongside the suggestions, so the panel's "+N points" is the
   * company's), or the defaults when the server has none to give. Only the two numbers the panel shows
   * travel on, so the content scripts carry no rules code.
   */
  private static Promise<ScoringRules> rules(String token) {
    return ServerApi.get(ApiPaths.RULES, token).then(reply -> {
      if (!reply.ok()) {
        return Promise.resolve(ScoringRules.DEFAULT);
      }
      try {
        return Promise.resolve(ScoringRules.read(reply.body()));
      } catch (WireException unexpected) {
        return Promise.resolve(ScoringRules.DEFAULT);
      }
    });
  }

  private static Promise<JsPropertyMap<Object>> myContests() {
    return Settings.session().then(session -> session == null
        ? Promise.resolve(status(Messages.SIGNED_OUT))
        : ContestCache.rawFresh(session).then(list -> Promise.resolve(JsPropertyMap.of("status", Messages.OK,
            "contests", list))));
  }

  private static Promise<JsPropertyMap<Object>> session() {
    return Settings.serverUrl().then(url -> Settings.session().then(session -> Promise.resolve(session == null
        ? JsPropertyMap.of("status", Messages.SIGNED_OUT, "serverUrl", url)
        : JsPropertyMap.of("status", Messages.SIGNED_IN, "serverUrl", url,
            "profile", JsWriter.encode(session.profile()::write)))));
  }

  private static Promise<JsPropertyMap<Object>> signIn(SignInRequest credentials) {
    return ServerApi.post(ApiPaths.SIGN_IN, JsWriter.json(credentials::write), null, null).then(reply -> {
      if (!reply.ok()) {
        return Promise.resolve(error(reply.errorMessage()));
      }
      Session session = Session.read(reply.body());
      return Settings.saveSession(reply.body().raw())
          // Reports kept while signed out can be counted now.
          .then(v -> ShareReporter.flush())
          .then(v -> refreshBadge())
          .then(v -> Promise.resolve(JsPropertyMap.of("status", Messages.SIGNED_IN,
              "profile", JsWriter.encode(session.profile()::write))));
    });
  }

  private static Promise<JsPropertyMap<Object>> me() {
    return Settings.session().then(session -> session == null
        ? Promise.resolve(status(Messages.SIGNED_OUT))
        : ServerApi.get(ApiPaths.ME, session.token()).then(reply -> {
          if (reply.ok()) {
            Me.read(reply.body());
            return Promise.resolve(JsPropertyMap.of("status", Messages.OK, "me", reply.body().raw()));
          }
          return signedOutOr(reply);
        }));
  }

  /** The employee's stated audience: read it ({@code change} null) or save it. */
  private static Promise<JsPropertyMap<Object>> audience(Audience change) {
    return Settings.session().then(session -> session == null
        ? Promise.resolve(status(Messages.SIGNED_OUT))
        : (change == null ? ServerApi.get(ApiPaths.MY_AUDIENCE, session.token())
            : ServerApi.put(ApiPaths.MY_AUDIENCE, JsWriter.json(change::write), session.token())).then(reply -> {
              if (reply.ok()) {
                Audience.read(reply.body());
                return Promise.resolve(JsPropertyMap.of("status", Messages.OK, "audience", reply.body().raw()));
              }
              return signedOutOr(reply);
            }));
  }

  /** A 401 ends the stored session (expired, revoked); anything else is shown as it is. */
  static Promise<JsPropertyMap<Object>> signedOutOr(ApiReply reply) {
    if (reply.unauthenticated()) {
      return Settings.forgetSession().then(v -> Promise.resolve(status(Messages.SIGNED_OUT)));
    }
    return Promise.resolve(error(reply.errorMessage()));
  }

  static JsPropertyMap<Object> status(String status) {
    return JsPropertyMap.of("status", status);
  }

  static JsPropertyMap<Object> error(String message) {
    return JsPropertyMap.of("status", Messages.ERROR, "message", message);
  }
}
