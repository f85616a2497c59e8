import HTTPTypes
import Hummingbird
import VerbatimExport

/// The one stylesheet and the one script every page links; nothing else is ever loaded. The
/// script only adds to pages that work without it: on a document page, hovering or focusing a
/// highlighted quote shows its details and clicking a legend entry dims everyone else's quotes.
enum Assets {
  /// Colour classes for this many speakers per page; quotes of later speakers keep the neutral colour.
  static let speakerColours = 256

  static let stylesheet: String =
    """
    :root{--ink:#1d1d1f;--muted:#5b5b66;--line:#d8d8de;--accent:#0b57d0}
    body{font:16px/1.5 Georgia,"Times New Roman",serif;color:var(--ink);background:#fcfcfa;margin:0}
    nav.top{display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center;padding:.5em 1.5em;background:#fff;border-bottom:1px solid var(--line);font-family:system-ui,sans-serif}
    nav.top .brand{font-weight:700;color:var(--ink);text-decoration:none}nav.top form{flex:1 1 18em}
    nav.top input[type=search]{width:60%;max-width:28em}
    main{max-width:52em;margin:0 auto;padding:.5em 1.5em 3em}h1{font-size:1.5em;line-height:1.25}
    a{color:var(--accent)}.meta,.counts,.id,.empty,.source{color:var(--muted);font-size:.92em}
    input,select,textarea,button{font:inherit;font-size:.95em}fieldset{border:1px solid var(--line);margin:.5em 0}
    fieldset label{display:inline-block;margin:.2em .8em .2em 0}
    ol.claims,ul.speakers,ul.documents{padding-left:1.6em}li.claim{margin:.2em 0 .9em}
    q.words{quotes:none}.kind,.relation{font-family:system-ui,sans-serif;font-size:.8em;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
    .score{font-family:system-ui,sans-serif;font-size:.8em;background:#eef;border-radius:3px;padding:0 .3em}
    .speaker{font-weight:600}.speaker.none{font-weight:400;color:var(--muted)}.pager a{margin-right:1em}
    .downloads{font-family:system-ui,sans-serif;font-size:.9em}
    section.verdict{border-left:6px solid var(--muted);padding:.2em 1em;margin:1em 0;background:#fff}
    section.verdict.verbatim{border-color:#1a7f37}section.verdict.altered,section.verdict.paraphrase{border-color:#b26b00}
    section.verdict.misattributed,section.verdict.not-in-record{border-color:#b3261e}
    .label{font-family:system-ui,sans-serif}del{background:#fde2e1;color:#8a1c13}ins{background:#dcf5e3;color:#0f5132;text-decoration:underline}
    .beyond{color:#8a8a94}.flag{font-family:system-ui,sans-serif;font-size:.78em;text-transform:uppercase;color:#fff;background:#b3261e;border-radius:3px;padding:0 .35em}
    .flag.qualifier{background:#b26b00}section.cluster{border-top:1px solid var(--line);margin-top:1.5em}
    table.timeline{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.9em}table.timeline th{text-align:left;padding-right:1em;font-weight:400}
    meter{width:14em}ol.source{font:13px/1.45 ui-monospace,monospace;padding-left:4em}ol.source code{white-space:pre-wrap;word-break:break-word}
    ol.source li.quoted{background:#fff6d6}ol.source li:target{background:#ffe08a;outline:1px solid #b26b00}
    .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1em;font:13px/1.6 system-ui,sans-serif}
    .legend li{cursor:pointer}.legend li.key{cursor:default;color:var(--muted)}
    .swatch{display:inline-block;width:1.1em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px;background:var(--c)}
    .swatch.underline{background:none;border-bottom:3px solid #999;height:.6em}
    mark.quote{background:var(--c,#e0e0e0);border-radius:3px;padding:0 2px}mark.quote.dim{background:none;color:#999}
    mark.quote.indirect,mark.quote.statement{background:none;border-bottom:3px solid var(--c,#e0e0e0)}mark.quote.pinned{outline:2px solid #222}
    #details{position:sticky;top:0;background:#fff;border:1px solid var(--line);padding:.4em .8em;font:13px/1.4 system-ui,sans-serif;white-space:pre-line}
    .problem{font-size:1.1em}

    """ + ".s-none{--c:#e0e0e0}"
    + (0..<speakerColours).map { ".s\($0){--c:\(HTMLReport.speakerColour($0))}" }.joined() + "\n"

  static let script = """
    (function () {
      'use strict';
      var details = document.getElementById('details');
      var marks = Array.prototype.slice.call(document.querySelectorAll('mark.quote'));
      if (!details || marks.length === 0) { return; }
      function describe(mark) {
        var d = mark.dataset;
        return d.speaker + (d.role ? ', ' + d.role : '') + (d.written ? ' (as written: ' + d.written + ')' : '') +
          '\\n' + d.kind + (d.cue ? ', cue: ' + d.cue : '') + ' · rule ' + d.rule + ' · confidence ' + d.confidence +
          '\\n' + d.place + ' · claim ' + d.claim;
      }
      function show(mark) { details.hidden = false; details.textContent = describe(mark); }
      marks.forEach(function (mark) {
        mark.addEventListener('mouseenter', function () { show(mark); });
        mark.addEventListener('focus', function () { show(mark); });
        mark.addEventListener('click', function () {
          var target = document.getElementById('claim-' + mark.dataset.claim);
          if (target) { target.scrollIntoView({block: 'center'}); }
        });
      });
      var wanted = '';
      document.querySelectorAll('.legend li[data-speaker]').forEach(function (item) {
        item.addEventListener('click', function () {
          wanted = wanted === item.dataset.speaker ? '' : item.dataset.speaker;
          marks.forEach(function (mark) {
            mark.classList.toggle('dim', wanted !== '' && mark.dataset.speaker !== wanted);
          });
        });
      });
    })();

    """

  /// The page's icon: a closing quotation mark.
  static let icon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b57d0"/>\
    <text x="8" y="15" font-size="16" font-family="Georgia,serif" text-anchor="middle" fill="#fff">\u{201D}</text></svg>

    """

  static func register(on router: Router<some RequestContext>) {
    router.get("/assets/icon.svg") { _, _ in
      var response = Reply.text(icon, type: "image/svg+xml")
      response.headers[.cacheControl] = "public, max-age=3600"
      return response
    }
    router.get("/assets/verbatim.css") { _, _ in
      var response = Reply.text(stylesheet, type: "text/css; charset=utf-8")
      response.headers[.cacheControl] = "public, max-age=3600"
      return response
    }
    router.get("/assets/verbatim.js") { _, _ in
      var response = Reply.text(script, type: "text/javascript; charset=utf-8")
      response.headers[.cacheControl] = "public, max-age=3600"
      return response
    }
  }
}
