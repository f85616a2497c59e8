/// The report's style sheet and script, inline in the page (it loads nothing).
enum ReportAssets {
  static let style = """
    body{font:16px/1.5 Georgia,serif;margin:0;color:#222;background:#fdfdfb}
    header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5em 1.5em;z-index:1}
    h1{font-size:1.3em;margin:.2em 0}main{max-width:48em;margin:0 auto;padding:0 1.5em 3em}
    .counts,.meta,.also{color:#555;font-size:.9em}#details{font:13px/1.4 sans-serif;margin-top:.4em;min-height:2.8em;white-space:pre-line}
    .legend{list-style:none;margin:.3em 0;padding:0;font:13px/1.6 sans-serif;display:flex;flex-wrap:wrap;gap:.2em 1em}
    .legend li{cursor:pointer}.legend li.key{cursor:default;color:#555}
    .swatch{display:inline-block;width:1.1em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px;background:var(--c)}
    .swatch.underline{background:none;border-bottom:3px solid #999;height:.6em}
    mark.quote{background:var(--c);border-radius:3px;padding:0 2px;cursor:pointer}mark.quote.dim{background:none;color:#999}
    mark.quote.indirect,mark.quote.statement{background:none;border-bottom:3px solid var(--c)}
    mark.quote.indirect.dim,mark.quote.statement.dim{border-color:transparent}mark.quote.pinned{outline:2px solid #222}
    li.hidden{display:none}.meaning{color:#a00}section.document{border-top:1px solid #ddd;margin-top:2em}

    """

  static let script = """
    (function () {
      var marks = Array.prototype.slice.call(document.querySelectorAll('mark.quote'));
      var details = document.getElementById('details');
      var filter = document.getElementById('speaker-filter');
      var pinned = null;
      function parts(claim) { return marks.filter(function (mark) { return mark.dataset.claim === claim; }); }
      function describe(mark) {
        var d = mark.dataset;
        return d.speaker + (d.role ? ', ' + d.role : '') + (d.wikidata ? ' [Wikidata ' + d.wikidata + ']' : '') +
          (d.written ? ' (as written: ' + d.written + ')' : '') + '\\n' + d.kind +
          (d.cue ? ', cue: ' + d.cue : '') + ' · rule ' + d.rule + ' · confidence ' + d.confidence +
          '\\n' + d.place + ' · claim ' + d.claim;
      }
      marks.forEach(function (mark) {
        mark.addEventListener('mouseenter', function () { if (!pinned) { details.textContent = describe(mark); } });
        mark.addEventListener('click', function () {
          if (pinned) { parts(pinned).forEach(function (part) { part.classList.remove('pinned'); }); }
          pinned = pinned === mark.dataset.claim ? null : mark.dataset.claim;
          if (pinned) {
            parts(pinned).forEach(function (part) { part.classList.add('pinned'); });
            details.textContent = describe(mark);
          }
        });
      });
      function show(wanted) {
        marks.forEach(function (mark) { mark.classList.toggle('dim', wanted !== '' && mark.dataset.speaker !== wanted); });
        document.querySelectorAll('#citations li[data-speaker]').forEach(function (item) {
          item.classList.toggle('hidden', wanted !== '' && item.dataset.speaker !== wanted);
        });
      }
      filter.addEventListener('change', function (event) { show(event.target.value); });
      document.querySelectorAll('.legend li[data-speaker]').forEach(function (item) {
        item.addEventListener('click', function () {
          var wanted = filter.value === item.dataset.speaker ? '' : item.dataset.speaker;
          if (Array.prototype.some.call(filter.options, function (o) { return o.value === wanted; })) { filter.value = wanted; }
          show(wanted);
        });
      });
      var claims = {};
      marks.forEach(function (mark) { claims[mark.dataset.claim] = true; });
      document.body.dataset.highlights = String(marks.length);
      document.body.dataset.claims = String(Object.keys(claims).length);
      document.body.dataset.ready = 'yes';
    })();

    """
}
