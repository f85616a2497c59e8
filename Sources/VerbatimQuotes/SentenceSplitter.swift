/// Splits tokens into sentences: at paragraph ends and after . ! ? (and a closing mark), when
/// what follows starts a sentence and what precedes is not an abbreviation. A quotation is never
/// split, so a quoted passage of several sentences stays with the words that attribute it.
enum SentenceSplitter {
  /// Outside quotations, a run of this many tokens with no sentence end (a list, a table, a
  /// hostile text) is cut there, which bounds the work and the output per sentence; written
  /// sentences are far shorter.
  static let longestSentence = 400

  static func split(_ tokens: TokenList, owner: TokenIndexTable) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    for index in tokens.indices {
      let next = index + 1
      guard next < tokens.count else { break }
      let inQuote = owner[index] >= 0 && owner[index] == owner[next]
      if tokens.block(at: next) != tokens.block(at: index) && !inQuote {
        sentences.append(start..<next)
        start = next
        continue
      }
      if !inQuote && next - start >= longestSentence {
        sentences.append(start..<next)
        start = next
        continue
      }
      guard !inQuote, endsSentence(tokens, at: index, owner: owner) else { continue }
      let following = tokens[next]
      let startsSentence: Bool
      switch following.kind {
      case .word: startsSentence = following.isCapitalized
      case .number: startsSentence = true
      case .mark: startsSentence = true
      case .punctuation: startsSentence = following.lower == "(" || following.lower == "—"
      }
      if startsSentence {
        sentences.append(start..<next)
        start = next
      }
    }
    if start < tokens.count { sentences.append(start..<tokens.count) }
    return sentences
  }

  /// Whether the token is . ! ? … (or a closing mark right after one) not after an abbreviation.
  private static func endsSentence(_ tokens: TokenList, at index: Int, owner: TokenIndexTable) -> Bool {
    var position = index
    if case .mark = tokens.kind(at: position) {
      guard owner[position] >= 0, position > 0 else { return false }
      position -= 1
    }
    guard tokens.kind(at: position) == .punctuation else { return false }
    let token = tokens[position]
    // Compared as bytes: a String comparison with "…" normalises both sides.
    guard token.lower.utf8.count == 1 ? [".", "!", "?"].contains(token.lower) : token.lower.endsWith("…") else {
      return false
    }
    if token.lower == ".", position > 0 {
      let previous = tokens[position - 1]
      if previous.end == token.start && previous.kind == .word {
        // "U.S. The proposal": an abbreviation ends a sentence when a sentence plainly starts.
        if Lexicon.abbreviations.contains(previous.lower) {
          guard !Lexicon.titleAbbreviations.contains(previous.lower),
            position + 1 < tokens.count, Lexicon.sentenceOpeners.contains(tokens[position + 1].lower),
            tokens[position + 1].isCapitalized
          else { return false }
          return true
        }
        if previous.isInitial { return false }
      }
    }
    return true
  }
}
