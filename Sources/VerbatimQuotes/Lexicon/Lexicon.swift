/// Every word list of the extractor, as data in one place, one file per family of lists; each
/// list says where it comes from. A list is English grammar, news style or a general reference,
/// never one outlet's, one era's or one set of people's words.
enum Lexicon {
  /// The words of a list written as one space-separated string.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }
}
