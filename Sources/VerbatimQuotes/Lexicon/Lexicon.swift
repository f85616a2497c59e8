/// Every word list of the attribution engine, as data in one place: cue verbs and nouns with
/// their frames, closed-class words that bound phrases and clauses, time words, abbreviations.
/// One file per family of lists; each list says where it comes from. A list is English grammar
/// or news style, never one outlet's, one era's or one set of people's words. `WordClass` reads
/// the lists once into bits per spelling; the sieves read the bits or the lists.
enum Lexicon {
  /// The words of a list written as one space-separated string.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }
}
