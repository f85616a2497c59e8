import VerbatimCore
public import VerbatimGraph

/// One self-contained HTML page (no external files, works offline) showing a selection: each
/// document's text with its quotes highlighted per speaker (hover for speaker, kind, rule and
/// confidence; click to pin them), a speaker filter, the altered quotes, and the citation list.
public enum HTMLReport {
  /// The page; `texts` holds each document's normalised text by id (a document without one
  /// lists its quotes only).
  public static func render(_ selection: GraphSelection, texts: [String: String], title: String = "Verbatim report")
    -> String
  {
    let palette = SpeakerPalette(selection)
    var body = "<header><h1>\(escape(title))</h1>\n"
    body +=
      "<p class=\"counts\">\(selection.documents.count) documents · \(selection.claims.count) quotes and claims · "
    body += "\(selection.speakers.count) speakers</p>\n"
    body += "<label>Speaker <select id=\"speaker-filter\"><option value=\"\">Everyone</option>"
    for speaker in palette.names { body += "<option value=\"\(escape(speaker))\">\(escape(speaker))</option>" }
    body +=
      "</select></label>\n<aside id=\"details\" aria-live=\"polite\">Hover or click a highlighted quote.</aside>\n"
    body += "</header>\n<main>\n"
    for document in selection.documents {
      body += section(document, claims: selection.claims(in: document), text: texts[document.id], palette: palette)
    }
    body += variants(selection.clusters.filter(\.isAltered))
    body += citations(CitationEntry.entries(of: selection))
    body += "</main>\n"
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>\(style)\(palette.style)</style>
      </head>
      <body>
      \(body)<script>\(script)</script>
      </body>
      </html>

      """
  }

  static func section(_ document: StoredDocument, claims: [StoredClaim], text: String?, palette: SpeakerPalette)
    -> String
  {
    var out = "<section class=\"document\" id=\"\(escape(document.id))\">\n"
    out += "<h2>\(escape(document.title ?? CitationEntry.fileTitle(document.path)))</h2>\n<p class=\"meta\">"
    out += [
      document.publisher, document.authors.isEmpty ? nil : document.authors.joined(separator: ", "),
      document.published, document.path,
    ]
    .compactMap { $0.map(escape) }.joined(separator: " · ")
    out += "</p>\n"
    var listed = claims
    if let text {
      let (html, shown) = highlighted(text, claims: claims, palette: palette)
      out += "<div class=\"text\">\(html)</div>\n"
      listed = claims.filter { !shown.contains($0.id) }
    }
    if !listed.isEmpty {
      out += "<ul class=\"quotes\">\n"
      for claim in listed {
        out += "<li>" + mark(claim, content: escape("“\(claim.text)”"), palette: palette) + "</li>\n"
      }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// The text in paragraphs with non-overlapping claims marked; returns the ids marked.
  static func highlighted(_ text: String, claims: [StoredClaim], palette: SpeakerPalette) -> (String, Set<Int64>) {
    let utf8 = text.utf8
    var marks: [(TextRange, StoredClaim)] = []
    var end = 0
    for claim in claims.sorted(by: { ($0.extent?.lowerBound ?? -1) < ($1.extent?.lowerBound ?? -1) }) {
      guard let extent = claim.extent, extent.lowerBound >= end, extent.upperBound <= utf8.count else { continue }
      marks.append((extent, claim))
      end = extent.upperBound
    }
    func slice(_ from: Int, _ to: Int) -> String {
      let start = utf8.index(utf8.startIndex, offsetBy: from)
      return String(text[start..<utf8.index(start, offsetBy: to - from)])
    }
    var html = ""
    var position = 0
    for (extent, claim) in marks {
      html += escape(slice(position, extent.lowerBound))
      html += mark(claim, content: escape(slice(extent.lowerBound, extent.upperBound)), palette: palette)
      position = extent.upperBound
    }
    html += escape(slice(position, utf8.count))
    let paragraphs = html.split(separator: "\n\n", omittingEmptySubsequences: false)
    return (
      paragraphs.map { "<p>" + $0.replacing("\n", with: "<br>") + "</p>" }.joined(separator: "\n"),
      Set(marks.map(\.1.id))
    )
  }

  static func mark(_ claim: StoredClaim, content: String, palette: SpeakerPalette) -> String {
    let speaker = claim.speakerLabel
    let details = [
      ("speaker", speaker ?? "unattributed"), ("role", claim.roleLabel ?? ""),
      ("wikidata", claim.speaker?.wikidata ?? ""), ("written", claim.speakerMention ?? ""),
      ("kind", claim.kind.rawValue),
      ("cue", claim.cue ?? ""), ("rule", claim.rule), ("confidence", String(claim.confidence)),
      (
        "place",
        "line \(claim.span.start.line), column \(claim.span.start.column), bytes \(claim.span.start.byte)–\(claim.span.end.byte)"
      ),
    ]
    let data = details.map { " data-\($0.0)=\"\(escape($0.1))\"" }.joined()
    let who = (speaker ?? "unattributed") + (claim.roleLabel.map { ", \($0)" } ?? "")
    let tooltip = "\(who) · \(claim.kind.rawValue) · \(claim.rule) · \(claim.confidence)"
    return "<mark class=\"quote \(claim.kind.rawValue) \(palette.className(speaker))\" tabindex=\"0\" title=\""
      + escape(tooltip) + "\"\(data)>\(content)</mark>"
  }

  static func variants(_ clusters: [QuoteCluster]) -> String {
    var out = "<section id=\"variants\"><h2>Altered quotes</h2>\n"
    if clusters.isEmpty { return out + "<p>No quote appears in altered words across these documents.</p></section>\n" }
    out += "<ol>\n"
    for cluster in clusters {
      out +=
        "<li><p class=\"reference\">“\(escape(cluster.reference.text))” — \(escape(cluster.reference.document.title ?? cluster.reference.document.path))"
      out += cluster.changesMeaning ? " <strong class=\"meaning\">meaning changed</strong>" : ""
      out += "</p>\n<ul>\n"
      for version in cluster.versions where version.relation == .variant {
        let changes = version.alteration.changes.map { change in
          "\(change.kind.rawValue) “\(change.reference.joined(separator: " "))” → “\(change.variant.joined(separator: " "))”"
            + (change.flags.isEmpty ? "" : " (\(change.flags.map(\.rawValue).joined(separator: ", ")))")
        }
        out +=
          "<li class=\"variant\">“\(escape(version.claim.text))” — \(escape(version.claim.document.title ?? version.claim.document.path)), "
        out += "line \(version.claim.span.start.line): \(escape(changes.joined(separator: "; ")))</li>\n"
      }
      out += "</ul></li>\n"
    }
    return out + "</ol></section>\n"
  }

  static func citations(_ entries: [CitationEntry]) -> String {
    var out = "<section id=\"citations\"><h2>Citations</h2>\n<ol>\n"
    for entry in entries {
      let document = entry.document
      let title = escape(document.title ?? document.path)
      out += "<li><p>" + (document.url.map { "<a href=\"\(escape($0))\">\(title)</a>" } ?? title)
      let details = [
        document.publisher, entry.issued.map(DateParts.iso), entry.accessed.map { "accessed " + DateParts.iso($0) },
      ]
      out += details.compactMap { $0.map { " · " + escape($0) } }.joined() + "</p>\n<ul>\n"
      for quote in entry.quotes {
        out += "<li data-speaker=\"\(escape(quote.speaker ?? "unattributed"))\">\(escape(quote.summary))</li>\n"
      }
      out += "</ul></li>\n"
    }
    return out + "</ol></section>\n"
  }

  /// The text with HTML's specials escaped, for element content and quoted attributes.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  static let style = """
    body{font:16px/1.5 Georgia,serif;margin:0;color:#222;background:#fdfdfb}
    header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5em 1.5em;z-index:1}
    h1{font-size:1.3em;margin:.2em 0}main{max-width:48em;margin:0 auto;padding:0 1.5em 3em}
    .counts,.meta{color:#555;font-size:.9em}#details{font:13px/1.4 sans-serif;margin-top:.4em;min-height:2.8em;white-space:pre-line}
    mark.quote{background:var(--c);border-radius:3px;padding:0 2px;cursor:pointer}mark.quote.dim{background:none;color:#999}
    mark.quote.indirect,mark.quote.statement{background:none;border-bottom:3px solid var(--c)}
    mark.quote.indirect.dim,mark.quote.statement.dim{border-color:transparent}mark.quote.pinned{outline:2px solid #222}
    li.hidden{display:none}.meaning{color:#a00}section.document{border-top:1px solid #ddd;margin-top:2em}

    """

  static let script = """
    (function () {
      var marks = Array.prototype.slice.call(document.querySelectorAll('mark.quote'));
      var details = document.getElementById('details');
      var pinned = null;
      function describe(mark) {
        var d = mark.dataset;
        return d.speaker + (d.role ? ', ' + d.role : '') + (d.wikidata ? ' [Wikidata ' + d.wikidata + ']' : '') +
          (d.written ? ' (as written: ' + d.written + ')' : '') + '\\n' + d.kind + ' quote' +
          (d.cue ? ', cue \\u201c' + d.cue + '\\u201d' : '') + ' · rule ' + d.rule + ' · confidence ' + d.confidence +
          '\\n' + d.place;
      }
      marks.forEach(function (mark) {
        mark.addEventListener('mouseenter', function () { if (!pinned) { details.textContent = describe(mark); } });
        mark.addEventListener('click', function () {
          if (pinned) { pinned.classList.remove('pinned'); }
          pinned = pinned === mark ? null : mark;
          if (pinned) { mark.classList.add('pinned'); details.textContent = describe(mark); }
        });
      });
      document.getElementById('speaker-filter').addEventListener('change', function (event) {
        var wanted = event.target.value;
        marks.forEach(function (mark) { mark.classList.toggle('dim', wanted !== '' && mark.dataset.speaker !== wanted); });
        document.querySelectorAll('#citations li[data-speaker]').forEach(function (item) {
          item.classList.toggle('hidden', wanted !== '' && item.dataset.speaker !== wanted);
        });
      });
      document.body.dataset.highlights = String(marks.length);
      document.body.dataset.ready = 'yes';
    })();

    """
}

/// A colour for each speaker, the same in every document of a report.
struct SpeakerPalette {
  let names: [String]
  private let index: [String: Int]
  private static let colours = [
    "#ffe08a", "#a8e6cf", "#ffb3ba", "#bae1ff", "#d7c4f2", "#ffd1a4", "#c9f2a5", "#f2c4e6", "#b5ead7", "#e2d4b7",
  ]

  init(_ selection: GraphSelection) {
    var seen = Set<String>()
    names = selection.claims.compactMap(\.speakerLabel).filter { seen.insert($0).inserted }
    index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
  }

  func className(_ speaker: String?) -> String { speaker.flatMap { index[$0] }.map { "s\($0)" } ?? "s-none" }

  var style: String {
    ".s-none{--c:#e0e0e0}"
      + names.indices.map { ".s\($0){--c:\(Self.colours[$0 % Self.colours.count])}" }.joined()
  }
}
