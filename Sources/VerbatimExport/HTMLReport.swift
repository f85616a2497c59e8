import VerbatimCore
public import VerbatimGraph

/// One self-contained HTML page (no external files, works offline) showing a selection: a
/// legend of speakers and their colours, then each document, headed by its title, outlet and
/// date, with its quotes highlighted per speaker (each fragment of a quote, paragraph by
/// paragraph; hover for speaker, kind, rule and confidence; click to pin), a speaker filter,
/// the altered quotes, and the citation list. Only a speaker's own words are ever put in
/// quotation marks (`QuoteWording`); no absolute path is shown.
public enum HTMLReport {
  /// The page; `texts` holds each document's normalised text by id (a document without one
  /// lists its quotes only).
  public static func render(_ selection: GraphSelection, texts: [String: String], title: String = "Verbatim report")
    -> String
  {
    let palette = SpeakerPalette(selection)
    var body = "<header><h1>\(escape(title))</h1>\n"
    body += "<p class=\"counts\">\(counted(selection.documents.count, "document")) · "
    body += "\(counted(selection.claims.count, "quote or claim", plural: "quotes and claims")) · "
    body += "\(counted(selection.speakers.count, "speaker"))</p>\n"
    body += legend(palette)
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
      <style>\(ReportAssets.style)\(palette.style)</style>
      </head>
      <body>
      \(body)<script>\(ReportAssets.script)</script>
      </body>
      </html>

      """
  }

  /// One document as the report shows it, for a page of its own: its heading, its text with
  /// the claims highlighted (each mark carrying the claim's speaker, kind, cue, rule, place and
  /// id as `data-` attributes), and the claims that overlap a highlight listed after it. Colours
  /// are the classes `s0`, `s1`, … of `selection`'s speakers in order (`speakerColour`), and
  /// `s-none` for quotes no one is named for.
  public static func documentSection(_ document: StoredDocument, in selection: GraphSelection, text: String?)
    -> String
  {
    section(document, claims: selection.claims(in: document), text: text, palette: SpeakerPalette(selection))
  }

  /// The legend of a selection's speakers with their colour classes, as the report has it.
  public static func legend(of selection: GraphSelection) -> String { legend(SpeakerPalette(selection)) }

  /// The colour of a selection's speaker number `index` (class `s` followed by the number).
  public static func speakerColour(_ index: Int) -> String { SpeakerPalette.colour(index) }

  /// Each speaker's colour, the colour of unattributed quotes, and how reported speech looks.
  static func legend(_ palette: SpeakerPalette) -> String {
    var out = "<ul class=\"legend\" aria-label=\"Speakers and their colours\">\n"
    for speaker in palette.names {
      out += "<li class=\"\(palette.className(speaker))\" data-speaker=\"\(escape(speaker))\">"
      out += "<span class=\"swatch\"></span>\(escape(speaker))</li>\n"
    }
    if palette.hasUnattributed {
      out += "<li class=\"s-none\" data-speaker=\"unattributed\"><span class=\"swatch\"></span>unattributed</li>\n"
    }
    out += "<li class=\"key\"><span class=\"swatch underline\"></span>underlined: reported speech (paraphrase)</li>\n"
    return out + "</ul>\n"
  }

  /// A document's heading: its title (else its file name), outlet, date and authors.
  static func heading(_ document: StoredDocument) -> String {
    let name = document.title ?? (document.path.split(separator: "/").last.map(String.init) ?? document.path)
    var out = "<h2>\(escape(name))</h2>\n"
    let details = [
      document.publisher, document.published.map { DateParts($0).map { DateParts.iso($0.parts) } ?? $0 },
      document.authors.isEmpty ? nil : "by " + document.authors.joined(separator: ", "),
    ].compactMap { $0 }
    if !details.isEmpty { out += "<p class=\"meta\">\(escape(details.joined(separator: " · ")))</p>\n" }
    return out
  }

  static func section(_ document: StoredDocument, claims: [StoredClaim], text: String?, palette: SpeakerPalette)
    -> String
  {
    var out = "<section class=\"document\" id=\"\(escape(document.id))\">\n" + heading(document)
    var listed = claims
    if let text {
      let (html, unplaced) = ReportHighlighter(text: text, palette: palette).render(claims)
      out += "<div class=\"text\">\(html)</div>\n"
      listed = unplaced
    }
    if !listed.isEmpty {
      out += "<p class=\"also\">" + (text == nil ? "Quotes" : "Also found here, overlapping a highlight:") + "</p>\n"
      out += "<ul class=\"quotes\">\n"
      for claim in listed {
        // The words as extracted inside the highlight; a direct quote's marks around it.
        let mark = markTag(claim, part: 0, palette: palette) + escape(claim.text) + "</mark>"
        let wording = QuoteWording(kind: claim.kind, text: claim.text)
        out += "<li>\(escape(wording.kindLabel)): " + (claim.kind == .direct ? "“\(mark)”" : mark) + "</li>\n"
      }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// The opening `<mark>` of one fragment (`part`) of a claim: its speaker's colour and what the
  /// page shows on hover; every fragment of a claim carries the claim's id.
  static func markTag(_ claim: StoredClaim, part: Int, palette: SpeakerPalette) -> String {
    let speaker = claim.speakerLabel
    let kind = QuoteWording(kind: claim.kind, text: "").kindLabel
    let details = [
      ("claim", claim.key), ("part", String(part)), ("speaker", speaker ?? "unattributed"),
      ("role", claim.roleLabel ?? ""), ("wikidata", claim.speaker?.wikidata ?? ""),
      ("written", claim.speakerMention ?? ""), ("kind", kind), ("cue", claim.cue ?? ""), ("rule", claim.rule),
      ("confidence", String(claim.confidence)),
      (
        "place",
        "line \(claim.span.start.line), column \(claim.span.start.column), bytes \(claim.span.start.byte)–\(claim.span.end.byte)"
      ),
    ]
    let data = details.map { " data-\($0.0)=\"\(escape($0.1))\"" }.joined()
    let who = (speaker ?? "unattributed") + (claim.roleLabel.map { ", \($0)" } ?? "")
    let tooltip = "\(who) · \(kind) · \(claim.rule) · \(claim.confidence)"
    return "<mark class=\"quote \(claim.kind.rawValue) \(palette.className(speaker))\" tabindex=\"0\" title=\""
      + escape(tooltip) + "\"\(data)>"
  }

  static func variants(_ clusters: [QuoteCluster]) -> String {
    var out = "<section id=\"variants\"><h2>Altered quotes</h2>\n"
    if clusters.isEmpty { return out + "<p>No quote appears in altered words across these documents.</p></section>\n" }
    out += "<ol>\n"
    for cluster in clusters {
      let reference = cluster.reference
      out += "<li><p class=\"reference\">\(shown(reference)) — \(escape(CitationEntry.title(of: reference.document)))"
      out += cluster.changesMeaning ? " <strong class=\"meaning\">meaning changed</strong>" : ""
      out += "</p>\n<ul>\n"
      for version in cluster.versions where version.relation == .variant {
        let changes = version.alteration.changes.map { change in
          "\(change.kind.rawValue) [\(change.reference.joined(separator: " "))] → [\(change.variant.joined(separator: " "))]"
            + (change.flags.isEmpty ? "" : " (\(change.flags.map(\.rawValue).joined(separator: ", ")))")
        }
        out +=
          "<li class=\"variant\">\(shown(version.claim)) — \(escape(CitationEntry.title(of: version.claim.document))), "
        out += "line \(version.claim.span.start.line): \(escape(changes.joined(separator: "; ")))</li>\n"
      }
      out += "</ul></li>\n"
    }
    return out + "</ol></section>\n"
  }

  /// A claim's words with only the speaker's in quotation marks, and its kind.
  static func shown(_ claim: StoredClaim) -> String {
    let wording = QuoteWording(kind: claim.kind, text: claim.text)
    return wording.shown(escape: escape) + " (\(escape(wording.kindLabel)))"
  }

  static func citations(_ entries: [CitationEntry]) -> String {
    var out = "<section id=\"citations\"><h2>Citations</h2>\n<ol>\n"
    for entry in entries {
      let document = entry.document
      let title = escape(entry.title)
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
  public static func escape(_ text: String) -> String {
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
}

/// A colour for each speaker, the same in every document of a report.
struct SpeakerPalette {
  let names: [String]
  let hasUnattributed: Bool
  private let index: [String: Int]

  init(_ selection: GraphSelection) {
    var seen = Set<String>()
    names = selection.claims.compactMap(\.speakerLabel).filter { seen.insert($0).inserted }
    hasUnattributed = selection.claims.contains { $0.speakerLabel == nil }
    index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
  }

  func className(_ speaker: String?) -> String { speaker.flatMap { index[$0] }.map { "s\($0)" } ?? "s-none" }

  var style: String {
    ".s-none{--c:#e0e0e0}"
      + names.indices.map { ".s\($0){--c:\(Self.colour($0))}" }.joined()
  }

  /// A light colour for the speaker at `index`: hues a golden angle apart, so however many
  /// speakers there are, neighbours in the legend never share a colour.
  static func colour(_ index: Int) -> String {
    let hue = (Double(index) * 137.508).truncatingRemainder(dividingBy: 360)
    let lightness = index % 2 == 0 ? 82 : 74
    return "hsl(\(Int(hue)),75%,\(lightness)%)"
  }
}
