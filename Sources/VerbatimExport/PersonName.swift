import VerbatimCore
import VerbatimGraph

/// A person's name split as citation formats want it: given names and family name ("Nick" and
/// "Thomas-Symonds"); a one-word name or an organisation's stays whole (`literal`).
public struct PersonName: Sendable, Hashable {
  public var given: String?
  public var family: String?
  public var literal: String

  /// Words that begin a family name rather than end the given names: "van", "de", "bin".
  private static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al",
  ]

  public init(_ name: String) {
    literal = name
    let words = name.split(separator: " ").map(String.init)
    guard words.count > 1 else { return }
    var familyStart = words.count - 1
    while familyStart > 1 && Self.particles.contains(words[familyStart - 1].lowercased()) { familyStart -= 1 }
    given = words[..<familyStart].joined(separator: " ")
    family = words[familyStart...].joined(separator: " ")
  }
}
