import Foundation

/// The words of a claim folded for matching: case, diacritics, punctuation, quotation marks and
/// whitespace fall away, so “Pretext to invade Gaza,” and "pretext to invade gaza" compare equal.
public struct ClaimWords: Sendable, Hashable {
  public let words: [String]

  public init(_ text: some StringProtocol) {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var previous: Unicode.Scalar = " "
    var pendingJoiner: Unicode.Scalar?
    func finish() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      switch Self.classify(scalar) {
      case .wordCharacter:
        if let joiner = pendingJoiner {
          // A decimal point between digits stays; an apostrophe inside a word is dropped.
          if joiner == "." { current.append(joiner) }
          pendingJoiner = nil
        }
        if scalar.isASCII {
          current.append(scalar.value <= 0x5A && scalar.value >= 0x41 ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
        } else {
          current.append(contentsOf: Self.fold(scalar))
        }
      case .combiningMark:
        continue
      case .other:
        if !current.isEmpty && pendingJoiner == nil && Self.isJoiner(scalar, after: previous) {
          pendingJoiner = scalar
        } else {
          pendingJoiner = nil
          finish()
        }
      }
      previous = scalar
    }
    finish()
    self.words = words
  }

  /// The folded words joined by single spaces: the key that equal quotes share.
  public var normalized: String { words.joined(separator: " ") }

  public var count: Int { words.count }

  private enum ScalarClass { case wordCharacter, combiningMark, other }

  /// Letters and digits make words; ASCII, most of any text, is decided without a property lookup.
  private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
    if scalar.isASCII {
      let value = scalar.value
      let letter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
      return letter || (value >= 0x30 && value <= 0x39) ? .wordCharacter : .other
    }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return .wordCharacter }
    return properties.generalCategory == .nonspacingMark ? .combiningMark : .other
  }

  /// Apostrophes inside words ("don't", "Labour’s"), and points and commas between digits.
  private static func isJoiner(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
    switch scalar {
    case "'", "\u{2019}": return true
    case ".", ",": return previous.properties.numericType != nil
    default: return false
    }
  }

  /// Lower case without diacritics, for a scalar beyond ASCII: "É" becomes "e".
  private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let decomposed = String(scalar).decomposedLowercase
    return decomposed.isEmpty ? [scalar] : decomposed
  }
}

extension String {
  /// The scalars of the lower-cased text with diacritics removed.
  fileprivate var decomposedLowercase: [Unicode.Scalar] {
    Array(folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().unicodeScalars)
  }
}
