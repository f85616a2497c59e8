import Foundation

/// Cleans bylines into people's names: no "By", no outlet, no roles, no dates.
enum AuthorNames {
  static func clean(_ raw: [String], publisher: String?) -> [String] {
    var out: [String] = []
    for value in raw {
      var text = foldWhitespace(value)
      for prefix in ["by ", "by:", "written by ", "words by ", "author:", "authors:", "posted by ", "von "] {
        if text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)).trimmingASCIIWhitespace() }
      }
      for cut in [" | ", " - ", " — ", " – ", "\n", " on ", ", updated", " published "] {
        if let range = text.range(of: cut) { text = String(text[..<range.lowerBound]) }
      }
      var parts: [String] = []
      for byAnd in text.components(separatedBy: " and ") {
        for byAmpersand in byAnd.components(separatedBy: " & ") {
          for byComma in byAmpersand.split(separator: ",") { parts.append(String(byComma)) }
        }
      }
      for part in parts {
        let name = part.trimmingASCIIWhitespace()
        guard !name.isEmpty, name.count <= 60, !name.contains("@"), !name.hasPrefix("http"),
          name.rangeOfCharacterSet(isDigitOnly: true) == false
        else { continue }
        if let publisher, name.lowercased() == publisher.lowercased() && raw.count > 1 { continue }
        if !out.contains(name) { out.append(name) }
      }
    }
    return out
  }
}

extension String {
  fileprivate func rangeOfCharacterSet(isDigitOnly: Bool) -> Bool {
    !isEmpty && allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" || $0 == ":" || $0 == " " }
  }
}
