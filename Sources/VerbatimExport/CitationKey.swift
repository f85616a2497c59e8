import VerbatimCore
import VerbatimGraph

/// Citation keys: `family2024word-6c3c`, ASCII letters and digits, unique within a list and the
/// same for the same document in any list (the digest part grows only when two would clash).
enum CitationKey {
  static func unique(for documents: [StoredDocument]) -> [String: String] {
    var keys: [String: String] = [:]
    var digits = 4
    while digits <= 64 {
      keys = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, key(for: $0, digits: digits)) })
      if Set(keys.values).count == keys.count { break }
      digits *= 2
    }
    return keys
  }

  static func key(for document: StoredDocument, digits: Int) -> String {
    let who = document.authors.first.map { PersonName($0).family ?? $0 } ?? document.publisher ?? "source"
    let year = document.published.flatMap(DateParts.init).map { String($0.parts[0]) } ?? ""
    let word = (document.title ?? "").split(separator: " ").map(ascii).first { $0.count > 3 } ?? ""
    let digest = document.id.split(separator: ":").last.map { String($0.prefix(digits)) } ?? ""
    return ascii(Substring(who)).prefix(20) + year + word.prefix(16) + "-" + digest
  }

  /// Lowercased ASCII letters and digits of a word, accents dropped (é → e).
  static func ascii(_ word: Substring) -> String {
    var out = ""
    for character in word.lowercased() {
      guard let base = character.unicodeScalars.first else { continue }
      let value = base.value
      if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
        out.unicodeScalars.append(base)
      } else if let folded = latinFolds[value] {
        out += folded
      }
    }
    return out
  }

  private static let latinFolds: [UInt32: String] = {
    var folds: [UInt32: String] = [:]
    let groups: [(String, String)] = [
      ("a", "àáâãäåā"), ("c", "çćč"), ("e", "èéêëēėę"), ("i", "ìíîïī"), ("n", "ñń"), ("o", "òóôõöøō"),
      ("u", "ùúûüū"), ("y", "ýÿ"), ("s", "śš"), ("z", "źżž"), ("l", "ł"), ("ss", "ß"),
    ]
    for (ascii, letters) in groups { for letter in letters.unicodeScalars { folds[letter.value] = ascii } }
    return folds
  }()
}
