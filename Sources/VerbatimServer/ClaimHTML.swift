import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// How a claim, a speaker and a document show in the pages: only the speaker's own words in
/// quotation marks, the kind in words, the speaker linked to their page, the document to its
/// page at the claim, and the place in the file as line and column.
enum ClaimHTML {
  /// One claim as a list item; `lead` goes first (a score), `withSpeaker` names who said it.
  static func item(_ claim: StoredClaim, lead: String = "", withSpeaker: Bool = true) -> String {
    let wording = QuoteWording(kind: claim.kind, text: claim.text)
    var out = "<li class=\"claim \(claim.kind.rawValue)\" id=\"claim-\(HTML.escape(claim.key))\">\(lead)"
    out += "<q class=\"words\">\(wording.shown(escape: HTML.escape))</q> "
    out += "<span class=\"kind\">\(HTML.escape(wording.kindLabel))</span>"
    if withSpeaker { out += " — " + speaker(claim) }
    out += "<br><span class=\"source\">" + documentLink(claim.document, at: claim) + " · "
    out += placeLink(claim) + " · <span class=\"id\">claim \(HTML.escape(claim.key))</span></span></li>\n"
    return out
  }

  /// The speaker linked to their page (the store's speaker), else as the document resolved
  /// them, else "unattributed"; with the role the document gives.
  static func speaker(_ claim: StoredClaim) -> String {
    let role = claim.roleLabel.map { ", <span class=\"role\">\(HTML.escape($0))</span>" } ?? ""
    if let speaker = claim.speaker {
      return "<a class=\"speaker\" href=\"/speakers/\(speaker.id)\">\(HTML.escape(speaker.name))</a>" + role
    }
    return claim.speakerName.map { "<span class=\"speaker\">\(HTML.escape($0))</span>" + role }
      ?? "<span class=\"speaker none\">unattributed</span>"
  }

  /// The document's title (else its file name), outlet and date, linked to its page (at the
  /// claim, when one is given).
  static func documentLink(_ document: StoredDocument, at claim: StoredClaim? = nil) -> String {
    let anchor = claim.map { "#claim-" + HTML.percentEncode($0.key) } ?? ""
    var out = "<a class=\"document\" href=\"/documents/\(HTML.escape(document.id))\(anchor)\">"
    out += HTML.escape(CitationEntry.title(of: document)) + "</a>"
    let details = [document.publisher, document.published.map(day)].compactMap { $0 }
    if !details.isEmpty { out += " <span class=\"meta\">\(HTML.escape(details.joined(separator: ", ")))</span>" }
    return out
  }

  /// "line 5, column 29" linked to that line of the file as it is stored on disk.
  static func placeLink(_ claim: StoredClaim) -> String {
    let start = claim.span.start
    return "<a class=\"place\" href=\"/documents/\(HTML.escape(claim.document.id))/source#L\(start.line)\">"
      + "line \(start.line), column \(start.column)</a>"
  }

  /// The day of an ISO 8601 date-time (`2024-03-14`), or the text as given.
  static func day(_ date: String) -> String {
    date.count >= 10 && date.dropFirst(4).first == "-" ? String(date.prefix(10)) : date
  }
}
