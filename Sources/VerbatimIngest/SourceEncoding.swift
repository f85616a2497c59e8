/// The character encodings Verbatim reads, and the names documents use for them.
public enum SourceEncoding: String, Sendable, Hashable {
  case utf8 = "UTF-8"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case windows1252 = "windows-1252"

  /// The encoding a declared charset label names (WHATWG labels: `latin1`, `iso-8859-1`,
  /// `us-ascii` and `windows-1252` all mean windows-1252), or nil for one Verbatim cannot decode.
  public init?(label: some StringProtocol) {
    let name = label.lowercased().trimmingASCIIWhitespace()
    switch name {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
    case "utf-16le", "utf-16", "ucs-2", "unicode": self = .utf16LE
    case "utf-16be": self = .utf16BE
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
      "iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100",
      "iso-8859-15", "iso8859-15", "latin-9", "l9":
      self = .windows1252
    default: return nil
    }
  }
}

extension StringProtocol {
  func trimmingASCIIWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
