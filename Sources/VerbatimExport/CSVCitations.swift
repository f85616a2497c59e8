import VerbatimCore
import VerbatimGraph

/// One row per quote (RFC 4180: CR LF, fields quoted when needed), for a spreadsheet. A field
/// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
public enum CSVCitations {
  public static let header = [
    "citation_key", "quote", "speaker", "speaker_as_written", "kind", "cue", "line", "column", "paragraph",
    "start_byte", "end_byte", "title", "publisher", "authors", "published", "url", "accessed", "path", "claim_id",
    "document_id", "speaker_role", "speaker_type", "speaker_wikidata",
  ]

  public static func render(_ entries: [CitationEntry]) -> String {
    var rows = [header]
    for entry in entries {
      let document = entry.document
      for quote in entry.quotes {
        let claim = quote.claim
        rows.append([
          entry.key, quote.text, quote.speaker ?? "", claim.speakerMention ?? "", quote.kind.rawValue, claim.cue ?? "",
          String(claim.span.start.line), String(claim.span.start.column), quote.paragraph.map(String.init) ?? "",
          String(claim.span.start.byte), String(claim.span.end.byte), entry.title, document.publisher ?? "",
          document.authors.joined(separator: "; "), entry.issued.map(DateParts.iso) ?? "", document.url ?? "",
          entry.accessed.map(DateParts.iso) ?? "", document.path, claim.key, document.id, quote.role ?? "",
          (claim.speaker?.type ?? claim.speakerType).rawValue, quote.wikidata ?? "",
        ])
      }
    }
    return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  static func field(_ value: String) -> String {
    var value = value
    if let first = value.first, "=+-@".contains(first) { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
