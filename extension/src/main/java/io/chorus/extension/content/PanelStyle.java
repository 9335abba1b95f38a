package io.chorus.extension.content;

/**
 * The panel's style, applied as a constructed style sheet inside its shadow root: the site's CSS cannot
 * reach in, ours cannot leak out, and a page's style-src policy does not apply to it. Written one rule a
 * line without spaces, each line joined to the next ({@code \} ends it, so no newline ships): it is inside
 * every content script, whose size is budgeted.
 */
final class PanelStyle {
  private PanelStyle() {}

  static final String CSS = """
      :host{all:initial}\
      .panel{position:fixed;right:16px;bottom:16px;z-index:2147483000;width:320px;max-height:min(70vh,560px);display:flex;flex-direction:column;font:13px/1.45 system-ui,sans-serif;color:#1f2330;background:#fff;border:1px solid #d9dbe3;border-radius:12px;box-shadow:0 8px 28px rgba(20,22,40,.18);overflow:hidden}\
      .panel.at-1{right:auto;left:16px}\
      .panel.at-2{bottom:auto;top:16px}\
      .panel.at-3{right:auto;left:16px;bottom:auto;top:16px}\
      .bar{display:flex;align-items:center;gap:8px;padding:10px 12px;background:#4b49c8;color:#fff}\
      .brand{font-weight:700;letter-spacing:.02em}\
      .hint{flex:1;opacity:.85;font-size:12px}\
      .toggle{all:unset;cursor:pointer;width:24px;height:24px;text-align:center;border-radius:6px}\
      .toggle:hover,.toggle:focus-visible{background:rgba(255,255,255,.2)}\
      .body{overflow-y:auto;padding:8px 12px 12px}\
      .panel.minimized{width:auto}\
      .panel.minimized .body,.panel.minimized .hint{display:none}\
      .cards{list-style:none;margin:0;padding:0;display:grid;gap:8px}\
      .card{border:1px solid #e6e7ee;border-radius:10px;padding:10px}\
      .card.shared{opacity:.55}\
      bdi,.user-text{unicode-bidi:isolate}\
      .title{margin:0 0 4px;font-weight:650}\
      .text{margin:0 0 8px;color:#4a4f60;white-space:pre-wrap;overflow-wrap:anywhere;display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}\
      .row{display:flex;align-items:center;gap:8px}\
      .fit{color:#6b7083;font-size:12px}\
      .fit.over{color:#b3261e}\
      .points{flex:1;color:#2e7d32;font-weight:600;font-size:12px}\
      .share{all:unset;cursor:pointer;padding:6px 14px;border-radius:16px;background:#4b49c8;color:#fff;font-weight:600}\
      .share:hover,.share:focus-visible{background:#3a38a8}\
      .share[disabled]{background:#a9a9c9;cursor:default}\
      .more{display:flex;justify-content:flex-end;gap:10px;margin-top:4px}\
      .more button{all:unset;cursor:pointer;font-size:11px;color:#5b5f73}\
      .more :hover,.more :focus-visible{text-decoration:underline}\
      .status{margin:0;padding:8px 12px;color:#4a4f60;border-top:1px solid #e6e7ee}\
      .panel.minimized .status{max-width:296px}\
      .status:empty{display:none}\
      .status.good{color:#2e7d32;font-weight:600}\
      .status.bad{color:#b3261e}\
      .status .badge-icon{width:1.5em;height:1.5em;margin-left:6px;vertical-align:-.45em}\
      .empty{margin:4px 0;color:#6b7083}\
      .offer{display:flex;gap:8px;padding:0 12px 10px}\
      .offer:empty,.composing:empty{display:none}\
      .offer button{all:unset;cursor:pointer;padding:4px 10px;border-radius:12px;border:1px solid #4b49c8;color:#4b49c8;font-weight:600;font-size:12px}\
      .offer button:hover,.offer button:focus-visible{background:#efeffb}\
      .composing{margin:0;padding:0 12px 8px;color:#4a4f60;font-size:12px}\
      .composing.bad{color:#b3261e}\
      .panel.minimized .offer,.panel.minimized .composing{max-width:296px}\
      .card.contest{border-color:#c9a227}\
      .ctag{margin:0;color:#8a6d00;font-size:12px;font-weight:600}\
      @media (prefers-color-scheme:dark){.panel{color:#e8e9ef;background:#1d1f27;border-color:#343747}.card{border-color:#343747}.text,.status{color:#c3c7d4}}\
      """;
}
