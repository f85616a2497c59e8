import VerbatimCore
import VerbatimGraph

/// A citation list in Markdown an editor pastes under a story: each source with its details,
/// then what was quoted from it, by whom, and on which line.
public enum MarkdownCitations {
  public static func render(_ entries: [CitationEntry]) -> String {
    var out = ""
    for entry in entries {
      let document = entry.document
      let title = escape(entry.title)
      out += "### " + (document.url.map { "[\(title)](<\($0)>)" } ?? title) + "\n\n"
      let details = [
        document.publisher.map(escape),
        entry.authors.isEmpty ? nil : "by " + escape(entry.authors.map(\.literal).joined(separator: ", ")),
        entry.issued.map { "published " + DateParts.iso($0) },
        entry.accessed.map { "accessed " + DateParts.iso($0) },
      ].compactMap { $0 }
      if !details.isEmpty { out += details.joined(separator: " · ") + "\n\n" }
      for quote in entry.quotes {
        let wording = quote.wording
        out += "- \(wording.shown(escape: escape)) — **\(escape(quote.speaker ?? "unattributed"))**"
        out += quote.role.map { ", " + escape($0) } ?? ""
        out += " (\(wording.kindLabel), \(quote.locator))\n"
      }
      out += "\n"
    }
    return out
  }

  /// The text with Markdown's inline specials backslash-escaped, so quoted words print as written.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character.isNewline ? " " : character)
    }
    return out
  }
}
