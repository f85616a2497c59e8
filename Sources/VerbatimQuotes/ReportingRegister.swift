internal import VerbatimCore

/// Whether a document is written as reporting: news and features say "said", "told" and
/// "according to" about once in every few hundred words, product pages, how-tos and first-person
/// essays almost never. Outside reporting, verbs such as "offers", "recommend", "wants" or
/// "found" describe things and advise the reader; only the core verbs of saying report speech
/// there. Counted once per document, outside quotations.
struct ReportingRegister: Sendable {
  /// Words outside quotations, and the core verbs of saying and "according" among them.
  let words: Int
  let sayings: Int

  /// At least one core verb of saying in every thousand words.
  static let sayingsPerThousandWords = 1
  /// Below this many words a text is too short to tell its register (a paragraph, a note), and
  /// is read as reporting.
  static let fewestWordsToJudge = 300

  init(tokens: TokenList, owner: TokenIndexTable) {
    var words = 0
    var sayings = 0
    for index in tokens.indices where tokens.kind(at: index) == .word && owner[index] < 0 {
      words += 1
      if !tokens.classes(at: index).isDisjoint(with: [.coreSaying, .according]) { sayings += 1 }
    }
    self.words = words
    self.sayings = sayings
  }

  var isReporting: Bool {
    words < Self.fewestWordsToJudge || sayings > 0 && sayings * 1000 >= words * Self.sayingsPerThousandWords
  }

  /// Whether a cue word of these classes may report speech in this document.
  func admits(_ classes: WordClass) -> Bool {
    isReporting || !classes.isDisjoint(with: [.coreSaying, .according])
  }
}
