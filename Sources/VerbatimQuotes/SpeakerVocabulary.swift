/// The gender a pronoun, a title, a noun or a given name points to.
enum SpeakerGender: Sendable, Equatable {
  case male
  case female
}

/// What the words around a quotation say about who spoke: pronouns, and the lexicon's titles,
/// roles, collectives and organisation words as the extractor looks them up.
enum SpeakerVocabulary {
  typealias Gender = SpeakerGender

  static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
  static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
  static let pluralPronouns: Set<String> = ["they", "them", "we", "us"]
  static let otherPronouns: Set<String> = ["i", "you", "it", "who", "which", "one"]

  /// Pronouns that name no one in particular.
  static let indefinite: Set<String> = [
    "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody", "none", "no-one", "whoever",
  ]

  static func isPronoun(_ word: String) -> Bool {
    malePronouns.contains(word) || femalePronouns.contains(word) || pluralPronouns.contains(word)
      || otherPronouns.contains(word)
  }

  /// The gender a pronoun gives, if any.
  static func gender(ofPronoun word: String) -> Gender? {
    malePronouns.contains(word) ? .male : femalePronouns.contains(word) ? .female : nil
  }

  /// The gender a noun or title gives ("spokeswoman", "Mr"), if any.
  static func gender(ofNoun word: String) -> Gender? {
    if let title = Lexicon.titles[word], let gender = title { return gender }
    return Lexicon.maleNouns.contains(word) ? .male : Lexicon.femaleNouns.contains(word) ? .female : nil
  }

  static var titles: [String: Gender?] { Lexicon.titles }
  static var roleNouns: Set<String> { Lexicon.roleNouns }
  static var groupNouns: Set<String> { Lexicon.groupNouns }
  static var organisationWords: Set<String> { Lexicon.organisationWords }
}
