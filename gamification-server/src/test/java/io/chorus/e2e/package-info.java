/**
 * Browser tests on stand-ins for the real sites: {@link io.chorus.e2e.FixtureSites} serves
 * www.linkedin.com, x.com and twitter.com over local HTTPS; {@link io.chorus.e2e.ChromiumWithExtension}
 * runs Debian's Chromium with the unpacked extension and those host names mapped to the fixtures, so
 * the manifest's real match patterns apply. The fixture pages ({@code src/test/resources/fixtures/})
 * are plain JS imitating the 2026 sites, hostile in the ways the real ones are; the fidelity tests
 * ({@code LinkedInFixtureTest}, {@code XFixtureTest}) pin that behaviour down.
 *
 * <p>{@link io.chorus.e2e.LinkedInContentScriptTest} and {@link io.chorus.e2e.XContentScriptTest} run the
 * built extension on these pages, signed in ({@link io.chorus.e2e.SignedInChorus}); with
 * {@code -Dchorus.e2e.extension=<folder>} they run another build of it (e.g. an older one).
 *
 * <p>Run them with {@code ./mvnw -pl gamification-server -am test -Dtest='io.chorus.e2e.**'
 * -Dsurefire.failIfNoSpecifiedTests=false} (surefire reads {@code io.chorus.e2e.*} as a file
 * extension and runs nothing).
 *
 * <h2>{@code window.__fixture} (page's main world: {@code page.evaluate}, never a content script)</h2>
 *
 * <p>LinkedIn ({@code /feed/}, {@code /jobs/}, {@code /messaging/}, {@code /feed/update/<urn>/},
 * {@code /sharing/share-offsite/?url=…}; {@code ?shareActive=true&text=…}, {@code ?composer=tiptap},
 * {@code ?classes=hashed}, {@code ?feed=sdui}, {@code ?lang=fr}):
 * <ul>
 *   <li>{@code posts}: {@code [{text, url, composer: 'quill'|'tiptap'|'share-page'}]}, url
 *       {@code https://www.linkedin.com/feed/update/urn:li:activity:<19 digits>/}</li>
 *   <li>{@code comments}: {@code [{urn, text}]}; {@code failedPosts}: {@code [text]};
 *       {@code messages}: texts sent on /messaging/; {@code drafts}: texts saved on closing a composer</li>
 *   <li>{@code failNextPost = true}: the next Post shows an error toast and records nothing</li>
 *   <li>{@code toastMs} (8000): how long a toast stays</li>
 *   <li>{@code timeline}: {@code performance.now()} of {@code load}, {@code shareBox},
 *       {@code composerRequested}, {@code placeholder}, {@code composer}</li>
 *   <li>{@code composerText()}: the open composer's model text, or null;
 *       {@code shadowRoot()}: the {@code #interop-outlet} shadow root</li>
 * </ul>
 *
 * <p>X ({@code /home}, {@code /compose/post}, {@code /intent/post|tweet?text&url&hashtags} (composer in
 * main), {@code /<user>/status/<id>}, {@code /explore}, {@code /messages}; {@code ?lang=fr};
 * {@code ?renderMs=1500} renders the app after a longer splash, {@code ?render=hold} only on
 * {@code render()}):
 * <ul>
 *   <li>{@code posts}: {@code [{text, url, composer: 'inline'|'modal'|'intent'}]}, url
 *       {@code https://x.com/chorus_advocate/status/<19 digits>}; {@code replies}: the same for
 *       the status page's reply box and the reply dialog (composer {@code 'reply'|'reply-modal'}) —
 *       not shares; {@code messages}: direct messages sent</li>
 *   <li>{@code failNextPost}, {@code failedPosts}, {@code toastMs} (6000) as on LinkedIn</li>
 *   <li>{@code models()}: {@code [{composer, text}]} of the live editors' own models, in document order</li>
 *   <li>{@code render()}: renders the app now (with {@code ?render=hold})</li>
 *   <li>{@code reverted}: how many DOM writes the editors threw away;
 *       {@code weightedLength(text)}: the fixture's (simplified) X length; {@code user}</li>
 * </ul>
 */
package io.chorus.e2e;
