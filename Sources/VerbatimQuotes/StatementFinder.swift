internal import VerbatimCore

/// Finds the writer's own check-worthy statements: sentences outside any quote or reported
/// speech that state a number, a share, a comparison or a record ("Labour had 2019 majorities
/// in these seats ranging from 46 per cent to 73 per cent").
struct StatementFinder {
  let tokens: TokenList
  let sentences: [Range<Int>]
  let owner: TokenIndexTable

  /// Sentences whose tokens no attribution covers, that hold a figure with a measure or a
  /// comparison, and are long enough to state something.
  func statements(covered: [TextRange]) -> [TextRange] {
    var out: [TextRange] = []
    var next = 0
    let covered = covered.sorted { $0.lowerBound < $1.lowerBound }
    for sentence in sentences {
      let range = TextRange(tokens[sentence.lowerBound].start, tokens[sentence.upperBound - 1].end)
      while next < covered.count && covered[next].upperBound <= range.lowerBound { next += 1 }
      if next < covered.count && covered[next].lowerBound < range.upperBound { continue }
      guard sentence.allSatisfy({ owner[$0] < 0 }) else { continue }
      let words = sentence.filter { tokens[$0].isWord || tokens[$0].kind == .number }
      guard words.count >= 6 else { continue }
      let hasFigure = sentence.contains { tokens[$0].kind == .number && !isYear(tokens[$0].lower) }
      let hasMeasure = sentence.contains { Lexicon.measureWords.contains(tokens[$0].lower) }
      let hasComparison = sentence.contains { Lexicon.comparisonWords.contains(tokens[$0].lower) }
      guard hasFigure && (hasMeasure || hasComparison) else { continue }
      var end = sentence.upperBound
      while end > sentence.lowerBound, tokens[end - 1].kind == .punctuation,
        [".", "!", "?"].contains(tokens[end - 1].lower)
      {
        end -= 1
      }
      out.append(TextRange(tokens[sentence.lowerBound].start, tokens[end - 1].end))
    }
    return out
  }

  private func isYear(_ word: String) -> Bool {
    word.count == 4 && (Int(word).map { (1900...2100).contains($0) } ?? false)
  }
}
