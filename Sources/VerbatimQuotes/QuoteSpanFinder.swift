internal import VerbatimCore

/// Pairs quotation marks into quotations, in one pass with a stack: curly and straight marks,
/// single quotations nested in double ones, a curly mark closed by a straight one, apostrophes
/// told from closing marks, and the news convention of reopening the mark at each paragraph of
/// a long quotation. Unclosed marks are dropped; the time is linear in the number of marks.
struct QuoteSpanFinder {
  let tokens: TokenList
  private var nextSingle = TokenIndexTable(count: 0)

  init(tokens: TokenList) {
    self.tokens = tokens
  }

  /// For each token, the next single-quote mark in the same paragraph (or -1).
  private func nextSingleMarks() -> TokenIndexTable {
    var next = TokenIndexTable(count: tokens.count)
    var following = -1
    for index in tokens.indices.reversed() {
      next[index] = following
      if case .mark(let mark) = tokens[index].kind, !mark.isDouble { following = index }
      if index > 0 && tokens[index - 1].block != tokens[index].block { following = -1 }
    }
    return next
  }

  /// Top-level quotations in order, and for each token the quotation it is inside (or -1).
  mutating func find() -> (spans: [QuoteSpan], owner: TokenIndexTable) {
    nextSingle = nextSingleMarks()
    var spans: [QuoteSpan] = []
    var owner = TokenIndexTable(count: tokens.count)
    var stack = OpenQuotations()
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if case .mark(let mark) = token.kind {
        switch role(of: index, mark: mark, stack: stack) {
        case .open(let isDouble):
          stack.push(OpenQuotations.Open(token: index, isDouble: isDouble, fragmentStart: token.end, fragments: []))
        case .close(let isDouble):
          if let position = stack.innermost(isDouble: isDouble) {
            var open = stack[position]
            stack.remove(from: position)
            open.fragments.append(TextRange(open.fragmentStart, max(open.fragmentStart, token.start)))
            if stack.isEmpty {
              spans.append(
                QuoteSpan(openToken: open.token, closeToken: index, fragments: open.fragments, isSingle: !isDouble))
              for inside in open.token...index { owner[inside] = spans.count - 1 }
            }
          }
        case .apostrophe:
          break
        }
      }
      // At the end of a paragraph, a quotation still open continues only if the next
      // paragraph reopens it with the same kind of mark, straight for straight and curly for curly.
      if var outer = stack.outermost, index + 1 < tokens.count, tokens[index + 1].block != token.block {
        let next = tokens[index + 1]
        if case .mark(let mark) = next.kind, opens(mark, isDouble: outer.isDouble),
          case .mark(let opening) = tokens[outer.token].kind, opening.isStraight == mark.isStraight
        {
          outer.fragments.append(TextRange(outer.fragmentStart, max(outer.fragmentStart, token.end)))
          outer.fragmentStart = next.end
          stack.removeAll()
          stack.push(outer)
          index += 2
          continue
        }
        closeAtParagraphEnd(&stack, at: index, spans: &spans, owner: &owner)
      }
      index += 1
    }
    if !stack.isEmpty {
      closeAtParagraphEnd(&stack, at: tokens.count - 1, spans: &spans, owner: &owner)
    }
    return (spans, owner)
  }

  /// A long quotation whose closing mark is missing at the end of its paragraph still ends
  /// there (a typo or a lost mark); short unclosed ones (a stray mark) are dropped.
  private func closeAtParagraphEnd(
    _ stack: inout OpenQuotations, at last: Int, spans: inout [QuoteSpan], owner: inout TokenIndexTable
  ) {
    defer { stack.removeAll() }
    guard var outer = stack.outermost else { return }
    guard last > outer.token else { return }
    let words = (outer.token + 1...last).filter { tokens[$0].isWord }.count
    guard outer.isDouble, words >= 8 else { return }
    outer.fragments.append(TextRange(outer.fragmentStart, max(outer.fragmentStart, tokens[last].end)))
    spans.append(QuoteSpan(openToken: outer.token, closeToken: last, fragments: outer.fragments, isSingle: false))
    for inside in outer.token...last { owner[inside] = spans.count - 1 }
  }

  private enum Role {
    case open(isDouble: Bool)
    case close(isDouble: Bool)
    case apostrophe
  }

  private func opens(_ mark: QuoteMark, isDouble: Bool) -> Bool {
    switch mark {
    case .doubleOpen, .doubleStraight: return isDouble
    case .singleOpen, .singleStraight: return !isDouble
    default: return false
    }
  }

  /// What a mark does here, judged by what touches it and what is open.
  private func role(of index: Int, mark: QuoteMark, stack: OpenQuotations) -> Role {
    let token = tokens[index]
    let before = index > 0 && tokens[index - 1].end == token.start && !isOpeningPunctuation(tokens[index - 1])
    let after =
      index + 1 < tokens.count && tokens[index + 1].start == token.end
      && !isClosingPunctuation(tokens[index + 1])
    let doubleOpen = stack.hasDouble
    let singleOpen = stack.innermost.map { !$0.isDouble } ?? false
    switch mark {
    case .doubleOpen:
      // In German usage „…“ the second mark closes.
      if token.lower == "“", let last = stack.innermost(isDouble: true), tokens[stack[last].token].lower == "„" {
        return .close(isDouble: true)
      }
      return .open(isDouble: true)
    case .doubleClose:
      return .close(isDouble: true)
    case .doubleStraight:
      if after && !before { return .open(isDouble: true) }
      if before && !after { return .close(isDouble: true) }
      return doubleOpen ? .close(isDouble: true) : .open(isDouble: true)
    case .singleOpen:
      return before ? .apostrophe : .open(isDouble: false)
    case .singleClose:
      if before && !after && singleOpen && isPluralPossessive(index) { return .apostrophe }
      if before && !after { return singleOpen ? .close(isDouble: false) : .apostrophe }
      if !before && after { return .apostrophe }  // ’90s
      return singleOpen ? .close(isDouble: false) : .apostrophe
    case .singleStraight:
      if after && !before { return .open(isDouble: false) }
      if before && !after && singleOpen && isPluralPossessive(index) { return .apostrophe }
      if before && !after { return singleOpen ? .close(isDouble: false) : .apostrophe }
      return .apostrophe
    }
  }

  /// "the voters’ choice": after a word in -s and before a lowercase word, a mark is a
  /// possessive when the next single mark of the paragraph can close the quotation; when the
  /// next one opens (‘tough’ and ‘decisive’), this one closes.
  private func isPluralPossessive(_ index: Int) -> Bool {
    guard index > 0, tokens[index - 1].isWord, tokens[index - 1].lower.endsWith("s"), index + 1 < tokens.count,
      tokens[index + 1].isWord, !tokens[index + 1].isCapitalized
    else { return false }
    let next = nextSingle[index]
    guard next >= 0, case .mark(let mark) = tokens[next].kind else { return false }
    let attachedBefore = tokens[next - 1].end == tokens[next].start
    return mark == .singleClose || (mark == .singleStraight && attachedBefore)
  }

  private func isOpeningPunctuation(_ token: Token) -> Bool {
    token.kind == .punctuation && ["(", "[", "—", "–", "-", "/", "{"].contains(token.lower)
  }

  private func isClosingPunctuation(_ token: Token) -> Bool {
    token.kind == .punctuation && [",", ".", ";", ":", "!", "?", ")", "]", "…", "—", "–", "}"].contains(token.lower)
  }
}
