import VerbatimCore
import VerbatimGraph

/// BibTeX entries (`@article` for news, `@misc` otherwise) with the quotes in `note`; LaTeX's
/// special characters escaped, so bibtex, biber and LaTeX take every value as text.
public enum BibTeX {
  public static func render(_ entries: [CitationEntry]) -> String {
    entries.map(entry).joined(separator: "\n")
  }

  static func entry(_ entry: CitationEntry) -> String {
    let document = entry.document
    var fields: [(String, String)] = []
    fields.append(("title", "{" + escape(entry.title) + "}"))
    if !entry.authors.isEmpty {
      fields.append(("author", entry.authors.map(author).joined(separator: " and ")))
    } else if let publisher = document.publisher {
      // No byline: the outlet stands as corporate author, braced whole, as styles expect an author.
      fields.append(("author", "{" + escape(publisher) + "}"))
    }
    if let publisher = document.publisher {
      fields.append((entry.type == .newspaperArticle ? "journal" : "publisher", escape(publisher)))
    }
    if let issued = entry.issued {
      fields.append(("year", String(issued[0])))
      if issued.count > 1 { fields.append(("month", String(issued[1]))) }
      fields.append(("date", DateParts.iso(issued)))
    }
    // A URL safe inside a braced value: its braces and backslashes percent-encoded.
    if let url = document.url { fields.append(("url", ExportIRI.percentEncode(url) { !"{}\\".utf8.contains($0) })) }
    if let accessed = entry.accessed { fields.append(("urldate", DateParts.iso(accessed))) }
    fields.append(("note", escape("Quoted: " + entry.quotes.map(\.summary).joined(separator: "; "))))
    let kind = entry.type == .newspaperArticle ? "article" : "misc"
    let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
    return "@\(kind){\(entry.key),\n\(body)\n}\n"
  }

  /// `Family, Given`; a name that is not split (an organisation) is braced so it stays whole.
  static func author(_ name: PersonName) -> String {
    guard let family = name.family, let given = name.given else { return "{" + escape(name.literal) + "}" }
    let needsBraces = family.contains(",") || family.lowercased().contains(" and ")
    return (needsBraces ? "{" + escape(family) + "}" : escape(family)) + ", " + escape(given)
  }

  /// The text with LaTeX's specials escaped: \ { } $ & % # _ ^ ~.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += "\\textbackslash{}"
      case "{", "}", "$", "&", "%", "#", "_": out += "\\" + String(character)
      case "^": out += "\\^{}"
      case "~": out += "\\~{}"
      case "\n", "\r", "\t": out += " "
      default: out.append(character)
      }
    }
    return out
  }
}
