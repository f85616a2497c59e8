/// What a word can be to the extractor (a cue, a pronoun, a determiner …), as bits looked up
/// once per token from the vocabularies, so that the sieves test bits instead of hashing words.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let strongCue = WordClass(rawValue: 1 << 0)
  static let weakCue = WordClass(rawValue: 1 << 1)
  static let pronoun = WordClass(rawValue: 1 << 2)
  static let skippable = WordClass(rawValue: 1 << 3)
  static let boundary = WordClass(rawValue: 1 << 4)
  static let determiner = WordClass(rawValue: 1 << 5)
  static let nounMaker = WordClass(rawValue: 1 << 6)
  static let passiveMarker = WordClass(rawValue: 1 << 7)
  static let notName = WordClass(rawValue: 1 << 8)
  static let timeWord = WordClass(rawValue: 1 << 9)
  static let title = WordClass(rawValue: 1 << 10)
  static let roleNoun = WordClass(rawValue: 1 << 11)
  static let groupNoun = WordClass(rawValue: 1 << 12)
  static let organisationWord = WordClass(rawValue: 1 << 13)
  static let preposition = WordClass(rawValue: 1 << 14)
  static let functionWord = WordClass(rawValue: 1 << 15)
  static let opener = WordClass(rawValue: 1 << 16)
  static let indefinite = WordClass(rawValue: 1 << 17)
  /// A form of "say" or "tell", the verbs that report speech in any register.
  static let coreSaying = WordClass(rawValue: 1 << 18)
  /// The writer's or the reader's pronoun ("I", "we", "you", "I’ve"): the page speaking, not a source.
  static let writerOrReader = WordClass(rawValue: 1 << 19)
  /// "according", of "according to".
  static let according = WordClass(rawValue: 1 << 21)

  /// Whether the word is a verb of saying, strong or weak.
  var isCue: Bool { !isDisjoint(with: [.strongCue, .weakCue]) }

  /// The classes of the word whose UTF-8 is `bytes`, from every vocabulary.
  static func of(_ bytes: UnsafeRawBufferPointer, readable: Int? = nil) -> WordClass {
    byBytes.value(for: bytes, readable: readable) ?? []
  }

  /// The classes of `word`.
  static func of(_ word: String) -> WordClass { byBytes.value(for: word) ?? [] }

  private static let byBytes = ByteTable(table)

  /// Every vocabulary word and its classes.
  private static let table: [String: WordClass] = {
    var table: [String: WordClass] = [:]
    func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
      for word in words { table[word, default: []].insert(wordClass) }
    }
    for (form, strong) in Lexicon.verbForms { table[form, default: []].insert(strong ? .strongCue : .weakCue) }
    add(
      SpeakerVocabulary.malePronouns.union(SpeakerVocabulary.femalePronouns).union(SpeakerVocabulary.pluralPronouns)
        .union(SpeakerVocabulary.otherPronouns), .pronoun)
    add(Lexicon.skippable, .skippable)
    add(Lexicon.boundaries, .boundary)
    add(Lexicon.determiners, .determiner)
    add(Lexicon.nounMakers, .nounMaker)
    add(Lexicon.passiveMarkers, .passiveMarker)
    add(EntityTable.notNames, .notName)
    add(Lexicon.timeWords, .timeWord)
    add(SpeakerVocabulary.titles.keys, .title)
    add(SpeakerVocabulary.roleNouns, .roleNoun)
    add(SpeakerVocabulary.groupNouns, .groupNoun)
    add(SpeakerVocabulary.organisationWords, .organisationWord)
    add(Lexicon.prepositions, .preposition)
    add(Lexicon.functionWords, .functionWord)
    add(Lexicon.openers, .opener)
    add(SpeakerVocabulary.indefinite, .indefinite)
    add([Lexicon.according[0]], .according)
    let sayingForms = Lexicon.coreSayingVerbs.flatMap {
      Lexicon.forms(of: $0, irregular: Lexicon.strongVerbs[$0] ?? [])
    }
    add(sayingForms, .coreSaying)
    add(Lexicon.writerAndReaderPronouns, .writerOrReader)
    return table
  }()
}
