internal import VerbatimCore

/// Reported speech found inside the content of other reported speech. In "Varga said she did
/// not recall whether the depot had closed" the inner "recall" is Varga going on, not a second
/// attribution, and the same holds for most reports a sentence nests ("according to the board,
/// the mayor announced he would …"): only the outer one is kept. A named source that opens the
/// outer content is a second speaker and stays: "Varga said Petrov told him the depot would
/// close" is two attributions. (On PolNeAR train, dropping the nested reports removes four
/// false attributions for every true one lost.)
enum NestedReports {
  /// `sorted` by where each attribution starts; returns it without the nested reports.
  static func removed(from sorted: [Attribution], tokens: TokenList) -> [Attribution] {
    var kept: [Attribution] = []
    kept.reserveCapacity(sorted.count)
    // The indirect report that reaches furthest among those starting so far.
    var outer: Attribution?
    for attribution in sorted {
      guard attribution.kind == .indirect, let range = span(of: attribution) else {
        kept.append(attribution)
        continue
      }
      if let enclosing = outer, let around = span(of: enclosing), around.lowerBound <= range.lowerBound,
        range.upperBound <= around.upperBound, around != range,
        !opensWithNamedSpeaker(attribution, enclosing: around, tokens: tokens)
      {
        continue
      }
      kept.append(attribution)
      if outer.flatMap(span(of:)).map({ $0.upperBound < range.upperBound }) ?? true { outer = attribution }
    }
    return kept
  }

  /// From the start of the first fragment to the end of the last.
  private static func span(of attribution: Attribution) -> TextRange? {
    guard let first = attribution.fragments.first, let last = attribution.fragments.last else { return nil }
    return TextRange(first.lowerBound, last.upperBound)
  }

  /// "… said Petrov told him …": the inner speaker is a name or a noun, not a pronoun, and it
  /// opens the outer content.
  private static func opensWithNamedSpeaker(_ inner: Attribution, enclosing: TextRange, tokens: TokenList) -> Bool {
    guard let speaker = inner.speaker, tokens[speaker.lowerBound].start == enclosing.lowerBound else { return false }
    let first = tokens[speaker.lowerBound]
    return speaker.count > 1 || !first.classes.contains(.pronoun) && !Lexicon.relativePronouns.contains(first.lower)
  }
}
