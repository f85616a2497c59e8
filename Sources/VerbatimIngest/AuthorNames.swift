import Foundation

/// Cleans bylines into people's names: no "By", no outlet, no roles, no dates.
enum AuthorNames {
  private static let labels = [
    "written by", "words by", "text by", "posted by", "published by", "reviewed by", "authored by",
    "story by", "report by", "recipe by", "article by", "articles by", "photos by", "insights from",
    "by", "author", "authors", "von", "par", "por",
  ]

  /// The name without a leading label ("Written by:", "By", "Author:").
  static func stripLabels(_ raw: String) -> String {
    var text = foldWhitespace(raw)
    var changed = true
    while changed {
      changed = false
      let lowered = text.lowercased()
      for label in labels where lowered.hasPrefix(label) {
        let rest = text.dropFirst(label.count)
        guard rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
        text = String(rest.drop { $0 == " " || $0 == ":" })
        changed = true
        break
      }
    }
    return text
  }

  /// "Lindqvist, Tobias" as "Tobias Lindqvist".
  static func reorderLastFirst(_ name: String) -> String {
    let parts = name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return name }
    return parts[1] + " " + parts[0]
  }

  /// Whether text reads as a person's (or a desk's) name: a few words, no digits, no address.
  static func isPlausible(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (1...6).contains(words.count), name.count <= 60 else { return false }
    if name.contains("@") || name.contains("http") || name.contains("/") || name.contains(where: \.isNumber) {
      return false
    }
    if words.count == 1 {
      // A lone lowercase handle ("mara.quellen") is a username, not a byline.
      if name == name.lowercased() || name.contains(".") || name.contains("_") { return false }
    }
    let lowered = name.lowercased()
    if [
      "admin", "administrator", "by", "author", "editor", "unknown", "guest", "staff", "anonymous", "sign in",
      "log in", "login", "subscribe", "menu", "home", "share", "search", "use case",
    ].contains(lowered) || lowered.hasSuffix(" says") || lowered.hasSuffix(" says:") {
      return false
    }
    return name.first.map { $0.isLetter && ($0.isUppercase || !$0.isCased) } ?? false
  }

  static func clean(_ raw: [String], publisher: String?) -> [String] {
    var out: [String] = []
    for value in raw {
      var text = stripLabels(value)
      for cut in ["|", " - ", " — ", " – ", " • ", " · ", "\n", " on ", ", updated", " published ", " in "] {
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
        guard !name.isEmpty, name.count <= 60, !name.contains("@"), !name.hasPrefix("http") else { continue }
        if let publisher, name.lowercased() == publisher.lowercased() && raw.count > 1 { continue }
        if !out.contains(name) { out.append(name) }
      }
    }
    return out
  }
}
