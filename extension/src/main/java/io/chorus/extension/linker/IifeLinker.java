package io.chorus.extension.linker;

import com.google.gwt.core.ext.LinkerContext;
import com.google.gwt.core.ext.TreeLogger;
import com.google.gwt.core.ext.UnableToCompleteException;
import com.google.gwt.core.ext.linker.AbstractLinker;
import com.google.gwt.core.ext.linker.Artifact;
import com.google.gwt.core.ext.linker.ArtifactSet;
import com.google.gwt.core.ext.linker.CompilationResult;
import com.google.gwt.core.ext.linker.EmittedArtifact;
import com.google.gwt.core.ext.linker.LinkerOrder;
import com.google.gwt.core.ext.linker.SelectionProperty;
import com.google.gwt.core.ext.linker.Shardable;
import com.google.gwt.core.ext.linker.Transferable;
import com.google.gwt.core.linker.SymbolMapsLinker;
import com.google.gwt.dev.About;

/**
 * Links a GWT module into one self-starting script, {@code <module>.js}, that runs unchanged as an
 * MV3 content script, as the extension's service worker and from a page's {@code <script src>}.
 *
 * <p>GWT's own linkers do not fit: their bootstrap falls back to {@code document.write} when there
 * is no {@code document.currentScript} (which wipes the host page of a content script), reads
 * {@code <meta name="gwt:…">} tags of whatever page it lands on, contains {@code eval}, and expects
 * a {@code window}. This linker emits only an IIFE that binds {@code $wnd} to {@code globalThis},
 * holds the compiled code and calls {@code gwtOnLoad} before it returns, so an entry point runs in
 * the script's first turn; an MV3 worker must register its listeners then, or the event that woke
 * it is lost. The compiled code's names stay inside the IIFE; the one global is the
 * {@code goog.global} that GWT's own preamble always sets (elemental2's {@code DomGlobal} resolves
 * through it), which for a content script lands in the isolated world, out of the page's sight.
 *
 * <p>It needs exactly one permutation and no code splitting, which the Chorus modules guarantee by
 * inheriting {@code com.google.gwt.core.Core} rather than {@code User} and never calling
 * {@code GWT.runAsync}; anything else is refused with an error rather than linked wrongly.
 */
@LinkerOrder(LinkerOrder.Order.PRIMARY)
@Shardable
public final class IifeLinker extends AbstractLinker {

  private static final String SOURCE_MAPS_PROPERTY = "compiler.useSourceMaps";

  /** Carries one linked permutation to the final link, where they are counted. */
  @Transferable
  private static final class LinkedPermutation extends Artifact<LinkedPermutation> {
    private final String strongName;

    LinkedPermutation(String strongName) {
      super(IifeLinker.class);
      this.strongName = strongName;
    }

    @Override
    public int hashCode() {
      return strongName.hashCode();
    }

    @Override
    protected int compareToComparableArtifact(LinkedPermutation that) {
      return strongName.compareTo(that.strongName);
    }

    @Override
    protected Class<LinkedPermutation> getComparableArtifactType() {
      return LinkedPermutation.class;
    }
  }

  @Override
  public String getDescription() {
    return "Chorus single-IIFE script";
  }

  @Override
  public ArtifactSet link(TreeLogger logger, LinkerContext context, ArtifactSet artifacts,
      boolean onePermutation) throws UnableToCompleteException {
    ArtifactSet linked = new ArtifactSet(artifacts);
    if (onePermutation) {
      for (CompilationResult result : artifacts.find(CompilationResult.class)) {
        linkPermutation(logger, context, result, linked);
      }
    } else {
      int permutations = artifacts.find(LinkedPermutation.class).size();
      if (permutations != 1) {
        fail(logger, context, "the module compiles to " + permutations + " permutations; this linker"
            + " needs exactly one. Inherit com.google.gwt.core.Core, not com.google.gwt.user.User,"
            + " and do not add values to binding properties.");
      }
      publishSourceMap(logger, context, artifacts, linked);
    }
    return linked;
  }

  private void linkPermutation(TreeLogger logger, LinkerContext context, CompilationResult result,
      ArtifactSet linked) throws UnableToCompleteException {
    String[] fragments = result.getJavaScript();
    if (fragments.length != 1) {
      fail(logger, context, "the module is split into " + fragments.length + " fragments; this"
          + " linker needs one. Remove the GWT.runAsync calls.");
    }
    if (result.getSoftPermutations().length != 1) {
      fail(logger, context, "the module has " + result.getSoftPermutations().length
          + " soft permutations (collapsed properties); this linker needs exactly one.");
    }
    String moduleName = context.getModuleName();

    // Every name declared here is one GWT reserves (JsRootScope), so none can collide with the
    // compiled code's own top-level names. $stats stays null: no startup statistics.
    String prefix = "(function () {\n"
        + "var $wnd = globalThis, $doc = $wnd.document, $gwt_version = \""
        + About.getGwtVersionNum() + "\", $moduleName, $moduleBase, $sessionId, $stats = null,"
        + " $strongName = \"" + result.getStrongName() + "\";\n";
    // The module base: the script's folder on a page, the extension's root in a content script
    // (no currentScript there) or in the worker (no document).
    String suffix = "\ngwtOnLoad(null, \"" + moduleName + "\", (function () {\n"
        + "  var s = $doc && $doc.currentScript, r = $wnd.chrome && $wnd.chrome.runtime;\n"
        + "  return s && s.src ? s.src.slice(0, s.src.lastIndexOf(\"/\") + 1)\n"
        + "      : r && r.getURL ? r.getURL(\"\") : \"\";\n"
        + "})(), 0);\n"
        + "})();\n";
    if (sourceMapsEnabled(context)) {
      suffix += "//# sourceMappingURL=" + moduleName + ".js.map\n";
    }

    linked.add(emitString(logger, prefix + fragments[0] + suffix, moduleName + ".js"));
    linked.add(new LinkedPermutation(result.getStrongName()));

    // SymbolMapsLinker runs after this one and shifts the source map by the lines prepended here.
    SymbolMapsLinker.ScriptFragmentEditsArtifact edits =
        new SymbolMapsLinker.ScriptFragmentEditsArtifact(result.getStrongName(), 0);
    edits.prefixLines(prefix);
    linked.add(edits);
  }

  /**
   * SymbolMapsLinker writes the map into the deploy folder under the permutation's strong name;
   * copy it next to the script, where DevTools looks for it.
   */
  private void publishSourceMap(TreeLogger logger, LinkerContext context, ArtifactSet artifacts,
      ArtifactSet linked) throws UnableToCompleteException {
    if (!sourceMapsEnabled(context)) {
      return;
    }
    for (LinkedPermutation permutation : artifacts.find(LinkedPermutation.class)) {
      String mapPath = permutation.strongName + "_sourceMap0.json";
      for (EmittedArtifact artifact : artifacts.find(EmittedArtifact.class)) {
        if (artifact.getPartialPath().endsWith(mapPath)) {
          linked.add(emitInputStream(logger, artifact.getContents(logger),
              context.getModuleName() + ".js.map"));
        }
      }
    }
  }

  private static boolean sourceMapsEnabled(LinkerContext context) {
    for (SelectionProperty property : context.getProperties()) {
      if (property.getName().equals(SOURCE_MAPS_PROPERTY)) {
        return "true".equals(property.tryGetValue());
      }
    }
    return false;
  }

  private static void fail(TreeLogger logger, LinkerContext context, String why)
      throws UnableToCompleteException {
    logger.log(TreeLogger.ERROR, "Cannot link " + context.getModuleName() + " with the "
        + IifeLinker.class.getSimpleName() + ": " + why);
    throw new UnableToCompleteException();
  }
}
