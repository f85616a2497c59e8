/// A word, number or punctuation mark of a document's text, with its UTF-8 range.
struct Token: Sendable {
  enum Kind: Sendable, Equatable {
    case word
    case number
    case punctuation
    /// A quotation mark; its role (opening, closing) is decided by `QuoteSpanFinder`.
    case mark(QuoteMark)

    var isMark: Bool {
      if case .mark = self { return true }
      return false
    }
  }

  var kind: Kind
  var start: Int
  var end: Int
  /// Lowercased text, for words and numbers; the character itself for punctuation.
  var lower: String
  /// Whether the word starts with a capital letter.
  var isCapitalized: Bool
  /// The block (paragraph) the token is in.
  var block: Int
  /// What the word can be, from the vocabularies.
  var classes: WordClass = []
  /// Whether the word is two or more capitals and digits ("BBC", "WASHINGTON", "G7").
  var isAllCapitals = false

  var isWord: Bool { kind == .word }
  /// Whether the token is one capital letter, as an initial or a one-letter abbreviation is ("J.", "U.").
  var isInitial: Bool { isCapitalized && lower.count == 1 }
  var range: Range<Int> { start..<end }
}

/// The quotation marks Verbatim knows, and what each can do.
enum QuoteMark: Sendable, Equatable {
  /// “ « „ ‹ : open (in German usage “ also closes „).
  case doubleOpen
  /// ” » › : close.
  case doubleClose
  /// " : either, by context.
  case doubleStraight
  /// ‘ : opens a single quotation.
  case singleOpen
  /// ’ : closes a single quotation, or is an apostrophe.
  case singleClose
  /// ' : either, or an apostrophe.
  case singleStraight

  var isDouble: Bool { self == .doubleOpen || self == .doubleClose || self == .doubleStraight }
  var isStraight: Bool { self == .doubleStraight || self == .singleStraight }

  init?(_ scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x201C, 0x00AB, 0x201E, 0x2039: self = .doubleOpen
    case 0x201D, 0x00BB, 0x203A: self = .doubleClose
    case 0x22: self = .doubleStraight
    case 0x2018, 0x201A: self = .singleOpen
    case 0x2019: self = .singleClose
    case 0x27: self = .singleStraight
    default: return nil
    }
  }
}
