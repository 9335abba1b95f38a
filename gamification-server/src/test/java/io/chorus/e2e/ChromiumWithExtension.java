package io.chorus.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.WebError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Debian's Chromium, headless, on a fresh profile, optionally with an unpacked extension loaded, and
 * with www.linkedin.com, x.com and twitter.com resolved to {@link FixtureSites} (every other name
 * fails, so nothing leaves the machine). One per test class: starting Chromium costs about a second.
 *
 * <p>Playwright for Java has no service-worker API, so the extension's worker is found and stopped
 * through the Chrome DevTools Protocol. Console output of pages, content scripts and (where Chromium
 * reports it) the worker is collected for {@link #diagnostics()}. Playwright for Java delivers such
 * events only while the test thread is inside a Playwright call: wait for a console line or error
 * with {@code page.waitForCondition(() -> browser.console().stream().anyMatch(...))}, not a loop.
 */
public final class ChromiumWithExtension implements AutoCloseable {

  /** Override with {@code -Dchorus.e2e.chromium=/path/to/chromium}. */
  public static final Path CHROMIUM = Path.of(System.getProperty("chorus.e2e.chromium", "/usr/bin/chromium"));

  // Playwright.create() unpacks its ~120 MB driver (2–5 s), so each test thread keeps one for the
  // whole JVM instead of one per browser. Playwright objects must stay on the thread that made them.
  private static final ThreadLocal<Playwright> PLAYWRIGHT = ThreadLocal.withInitial(() -> {
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
    return playwright;
  });

  /** An extension's MV3 service worker as CDP sees it. */
  public record ExtensionWorker(String targetId, String url, String extensionId) {}

  private final BrowserContext context;
  private final Path profile;
  private final FixtureSites sites;
  private final List<String> console = Collections.synchronizedList(new ArrayList<>());
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private CDPSession cdp;

  private final boolean keepProfile;

  private ChromiumWithExtension(BrowserContext context, Path profile, FixtureSites sites, boolean keepProfile) {
    this.context = context;
    this.profile = profile;
    this.sites = sites;
    this.keepProfile = keepProfile;
  }

  /**
   * A browser test's first line: without Debian's Chromium it fails with one line saying what to
   * install, instead of Playwright's launch error and its stack.
   */
  public static void requireChromium() {
    requireChromium(CHROMIUM);
  }

  static void requireChromium(Path chromium) {
    if (!Files.isExecutable(chromium)) {
      throw new ChromiumMissing(chromium);
    }
  }

  /** A failure that is its message: no stack trace, since the cause is the machine, not the code. */
  static final class ChromiumMissing extends AssertionError {
    ChromiumMissing(Path chromium) {
      super("Chromium not found at " + chromium + ": apt-get install chromium chromium-driver"
          + " (or -Dchorus.e2e.chromium=/path/to/chromium)");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Chromium without any extension: for testing the fixtures themselves. */
  public static ChromiumWithExtension launch(FixtureSites sites) {
    return launch(sites, null);
  }

  /**
   * Chromium with the unpacked extension in {@code extensionDir} (a folder holding manifest.json),
   * or none when it is null; {@code extraArgs} are appended to the command line.
   */
  public static ChromiumWithExtension launch(FixtureSites sites, Path extensionDir, String... extraArgs) {
    return launchIn(sites, extensionDir, null, null, extraArgs);
  }

  /**
   * Chromium in {@code language} (e.g. "lv": its menus, and so {@code chrome.i18n} and the extension's
   * words; needs Debian's chromium-l10n), or the default English when null; on the profile folder
   * {@code profileDir} when given (kept on close, so a test can start the browser again on it), else a
   * fresh temporary one.
   */
  public static ChromiumWithExtension launchIn(FixtureSites sites, Path extensionDir, String language, Path profileDir,
      String... extraArgs) {
    requireChromium();
    List<String> args = new ArrayList<>(List.of(
        "--ignore-certificate-errors",
        "--host-resolver-rules=" + sites.hostResolverRules(),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--no-sandbox",
        "--disable-gpu"));
    if (extensionDir != null) {
      Path dir = extensionDir.toAbsolutePath();
      if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
        throw new IllegalArgumentException("no manifest.json in " + dir);
      }
      args.add("--disable-extensions-except=" + dir);
      args.add("--load-extension=" + dir);
    }
    args.addAll(List.of(extraArgs));
    if (language != null) {
      args.add("--lang=" + language);
    }

    Path profile = null;
    try {
      profile = profileDir != null ? profileDir : Files.createTempDirectory("chorus-chromium-profile");
      BrowserType.LaunchPersistentContextOptions options = new BrowserType.LaunchPersistentContextOptions()
          .setExecutablePath(CHROMIUM)
          .setHeadless(true)
          .setArgs(args)
          // Playwright passes --disable-extensions unless told not to.
          .setIgnoreDefaultArgs(List.of("--disable-extensions"))
          .setLocale(language != null ? language : "en-US")
          .setViewportSize(1280, 900)
          .setTimeout(30_000);
      if (language != null) {
        // On Linux Chromium takes its interface language from LANGUAGE as well as --lang.
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("LANGUAGE", language);
        options.setEnv(env);
      }
      BrowserContext context = PLAYWRIGHT.get().chromium().launchPersistentContext(profile, options);
      ChromiumWithExtension browser = new ChromiumWithExtension(context, profile, sites, profileDir != null);
      context.onConsoleMessage(browser::record);
      context.onWebError(browser::recordError);
      return browser;
    } catch (IOException | RuntimeException e) {
      if (profileDir == null) {
        deleteRecursively(profile);
      }
      throw new IllegalStateException("Chromium did not start", e);
    }
  }

  public BrowserContext context() {
    return context;
  }

  /** A new tab, navigated to {@code url} (waits for the {@code load} event, not for any SPA rendering). */
  public Page open(String url) {
    Page page = context.newPage();
    page.navigate(url);
    return page;
  }

  /** The extension's service worker, waiting up to {@code timeout} for it to be running. */
  public ExtensionWorker serviceWorker(Duration timeout) {
    try {
      context.waitForCondition(() -> findServiceWorker().isPresent(),
          new BrowserContext.WaitForConditionOptions().setTimeout(timeout.toMillis()));
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("no extension service worker within " + timeout + "\n" + diagnostics());
    }
    return findServiceWorker().orElseThrow();
  }

  /** The running extension service worker, if any (Chromium stops an idle one after ~30 s). */
  public Optional<ExtensionWorker> findServiceWorker() {
    for (JsonElement e : cdp().send("Target.getTargets").getAsJsonArray("targetInfos")) {
      JsonObject info = e.getAsJsonObject();
      String url = info.get("url").getAsString();
      if ("service_worker".equals(info.get("type").getAsString()) && url.startsWith("chrome-extension://")) {
        String id = url.substring("chrome-extension://".length(), url.indexOf('/', "chrome-extension://".length()));
        return Optional.of(new ExtensionWorker(info.get("targetId").getAsString(), url, id));
      }
    }
    return Optional.empty();
  }

  /** The loaded extension's id (waits up to 10 s for its worker to start). */
  public String extensionId() {
    return serviceWorker(Duration.ofSeconds(10)).extensionId();
  }

  /** A new tab on one of the extension's own pages, e.g. {@code "popup.html"}. */
  public Page openExtensionPage(String path) {
    return open("chrome-extension://" + extensionId() + "/" + path);
  }

  /**
   * Stops the extension's service worker as Chrome does when it idles, and waits until it is gone;
   * the next event for the extension then meets a cold start. Returns the worker that was stopped.
   *
   * <p>Chromium keeps a worker's target id across restarts of the same version, and anything pending
   * (a page's message, a storage listener) can restart it at once: polling the target list may then
   * never see the gap. So the stop is recognised by its {@code Target.targetDestroyed} event, and
   * {@code Target.closeTarget} is sent again if a worker that was still starting ignored it.
   */
  public ExtensionWorker stopServiceWorker() {
    ExtensionWorker worker = serviceWorker(Duration.ofSeconds(10));
    Set<String> destroyed = ConcurrentHashMap.newKeySet();
    Consumer<JsonObject> onDestroyed = event -> destroyed.add(event.get("targetId").getAsString());
    cdp().on("Target.targetDestroyed", onDestroyed);
    try {
      JsonObject params = new JsonObject();
      params.addProperty("targetId", worker.targetId());
      for (int attempt = 1; attempt <= 5; attempt++) {
        if (findServiceWorker().filter(w -> w.targetId().equals(worker.targetId())).isEmpty()) {
          return worker;
        }
        cdp().send("Target.closeTarget", params);
        try {
          context.waitForCondition(
              () -> destroyed.contains(worker.targetId())
                  || findServiceWorker().filter(w -> w.targetId().equals(worker.targetId())).isEmpty(),
              new BrowserContext.WaitForConditionOptions().setTimeout(2_000));
          return worker;
        } catch (com.microsoft.playwright.TimeoutError stillRunning) {
          // Sent again below: a worker that was (re)starting when the first close came ignores it.
        }
      }
      throw new AssertionError("service worker " + worker + " still running after five Target.closeTarget");
    } finally {
      cdp().off("Target.targetDestroyed", onDestroyed);
    }
  }

  /** Console lines collected so far, oldest first: {@code [source] type: text (location)}. */
  public List<String> console() {
    synchronized (console) {
      return List.copyOf(console);
    }
  }

  /**
   * Uncaught errors and unhandled rejections so far, of page scripts and content scripts alike (the
   * stack names {@code chrome-extension://} for the latter): an extension must never throw into a page.
   */
  public List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  /** Console lines and the last fixture requests, for a failure message. */
  public String diagnostics() {
    List<String> requests = sites.requests();
    StringBuilder out = new StringBuilder("--- browser console ---\n");
    console().forEach(line -> out.append(line).append('\n'));
    out.append("--- last fixture requests ---\n");
    requests.subList(Math.max(0, requests.size() - 30), requests.size())
        .forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /** A JUnit watcher that prints {@link #diagnostics()} when a test fails; register it per class. */
  public static TestWatcher diagnosticsOnFailure(Supplier<ChromiumWithExtension> browser) {
    return new TestWatcher() {
      @Override
      public void testFailed(ExtensionContext test, Throwable cause) {
        ChromiumWithExtension b = browser.get();
        if (b != null) {
          System.err.println("=== " + test.getDisplayName() + " failed ===\n" + b.diagnostics());
        }
      }
    };
  }

  private void recordError(WebError e) {
    String where = e.page() != null ? e.page().url() : "?";
    errors.add(e.error());
    console.add("[uncaught in " + where + "] " + e.error());
  }

  private void record(ConsoleMessage m) {
    String source = m.worker() != null ? "worker " + m.worker().url()
        : m.page() != null ? "page " + m.page().url() : "browser";
    console.add("[" + source + "] " + m.type() + ": " + m.text() + " (" + m.location() + ")");
  }

  // Browser-level, so it sees every target and survives tabs closing (Playwright 1.62 gives a
  // persistent context its Browser).
  private CDPSession cdp() {
    if (cdp == null) {
      cdp = context.browser().newBrowserCDPSession();
      // Target.targetDestroyed is only sent to a session that discovers targets.
      JsonObject discover = new JsonObject();
      discover.addProperty("discover", true);
      cdp.send("Target.setDiscoverTargets", discover);
    }
    return cdp;
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp profile left behind is harmless
    }
  }

  /** Closes a class's browser and fixture sites, whichever of them started (for {@code @AfterAll}). */
  public static void closeBoth(ChromiumWithExtension browser, FixtureSites sites) {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (sites != null) {
        sites.close();
      }
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      if (!keepProfile) {
        deleteRecursively(profile);
      }
    }
  }
}
