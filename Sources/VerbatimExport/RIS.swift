import VerbatimCore
import VerbatimGraph

/// RIS records (`NEWS`, `ELEC`, `GEN`), one tag a line, CR LF ends, a quote per `N1` note.
public enum RIS {
  public static func render(_ entries: [CitationEntry]) -> String {
    entries.map(record).joined()
  }

  static func record(_ entry: CitationEntry) -> String {
    let document = entry.document
    var lines: [(String, String)] = [("TY", type(entry.type)), ("ID", entry.key)]
    lines.append(("TI", entry.title))
    for name in entry.authors {
      lines.append(
        ("AU", name.family.map { family in name.given.map { "\(family), \($0)" } ?? family } ?? name.literal))
    }
    if let issued = entry.issued {
      lines.append(("PY", String(issued[0])))
      lines.append(("DA", risDate(issued)))
    }
    if let publisher = document.publisher {
      if entry.type == .newspaperArticle { lines.append(("T2", publisher)) }
      lines.append(("PB", publisher))
    }
    if let url = document.url { lines.append(("UR", url)) }
    if let accessed = entry.accessed { lines.append(("Y2", risDate(accessed))) }
    for quote in entry.quotes { lines.append(("N1", quote.summary)) }
    lines.append(("ER", ""))
    return lines.map { "\($0.0)  - \(oneLine($0.1))\r\n" }.joined()
  }

  static func type(_ type: CitationType) -> String {
    switch type {
    case .newspaperArticle: "NEWS"
    case .webpage: "ELEC"
    case .document: "GEN"
    }
  }

  /// `YYYY/MM/DD/`, the parts not known left empty.
  static func risDate(_ parts: [Int]) -> String {
    let padded = parts.map { $0 < 10 ? "0\($0)" : String($0) } + Array(repeating: "", count: 3 - parts.count)
    return padded.joined(separator: "/") + "/"
  }

  static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
