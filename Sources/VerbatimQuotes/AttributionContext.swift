internal import VerbatimCore

/// What every sieve reads, built once per document and never changed while they run: the
/// tokens, the quotations between marks (`spans`, and for each token the quotation it stands
/// in, `owner`), the sentences, and the phrase finder for speaker mentions.
struct AttributionContext: Sendable {
  let document: Document
  let tokens: TokenList
  let spans: [QuoteSpan]
  let owner: TokenIndexTable
  let sentences: [Range<Int>]
  let phrases: PhraseFinder

  init(document: Document, tokens: TokenList) {
    self.document = document
    self.tokens = tokens
    var finder = QuoteSpanFinder(tokens: tokens)
    let found = finder.find()
    spans = found.spans
    owner = found.owner
    sentences = SentenceSplitter.split(tokens, owner: owner)
    phrases = PhraseFinder(tokens: tokens, owner: owner)
  }
}

extension AttributionContext {
  /// Whether a cue follows the quotation closely (“…,” said 9/11 survivor Ana Ruiz), even one
  /// whose speaker was not made out: the quotation is someone's, but not the previous speaker's.
  func hasOwnCue(_ span: QuoteSpan, in sentence: Range<Int>) -> Bool {
    (span.closeToken + 1..<min(sentence.upperBound, span.closeToken + 8)).contains {
      tokens[$0].isWord && tokens[$0].classes.contains(.strongCue) && owner[$0] < 0
        && isVerbUse($0, lower: span.closeToken + 1)
    }
  }

  /// The punctuation that ends the quotation's words inside its marks, past nested closing
  /// marks (“… bro,’”), if they end in punctuation.
  func closingPunctuation(of span: QuoteSpan) -> String? {
    guard let last = span.inner.last(where: { !tokens[$0].kind.isMark }), tokens[last].kind == .punctuation else {
      return nil
    }
    return tokens[last].lower
  }

  /// Whether the quotation's words end in punctuation inside its marks (“They are wrong,”).
  func endsInPunctuation(_ span: QuoteSpan) -> Bool {
    closingPunctuation(of: span).map { [",", ".", "!", "?"].contains($0) } == true
  }

  func blockOf(_ attribution: Attribution) -> Int {
    tokens[sentences[attribution.sentence].lowerBound].block
  }

  /// "adding", "saying": a cue in its participle form.
  func isParticipleCue(_ index: Int) -> Bool {
    tokens[index].isWord && tokens[index].lower.endsWith("ing") && tokens[index].classes.isCue
  }

  /// A lowercase past form ("ranked", "made"): after "and", the subject's next deed.
  func isPastVerb(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && !token.isCapitalized
      && (token.lower.endsWith("ed") || Lexicon.irregularPast.contains(token.lower))
  }

  /// Where a sentence's content ends: before its final full stop (a closing mark stays).
  func contentEnd(of sentence: Range<Int>) -> Int {
    var end = sentence.upperBound
    while end > sentence.lowerBound, tokens[end - 1].kind == .punctuation,
      [".", "!", "?", "…", ";", ","].contains(tokens[end - 1].lower), owner[end - 1] < 0
    {
      end -= 1
    }
    return end
  }

  /// Direct when the content is one quotation, mixed when it holds one, indirect otherwise.
  func kind(of content: Range<Int>) -> QuoteKind {
    var quotation = -1
    var severalQuotations = false
    var wordsOutside = false
    for index in content {
      let inside = owner[index]
      if inside >= 0 {
        if quotation >= 0 && inside != quotation { severalQuotations = true }
        quotation = inside
      } else if tokens.kind(at: index) == .word {
        wordsOutside = true
      }
    }
    guard quotation >= 0 else { return .indirect }
    return !wordsOutside && !severalQuotations ? .direct : .mixed
  }

  /// The text range of a token range; a single whole quotation gives its inside.
  func textRange(_ range: Range<Int>) -> TextRange {
    if let first = range.first, owner[first] >= 0, let last = range.last, owner[last] == owner[first],
      spans[owner[first]].openToken == first, spans[owner[first]].closeToken == last,
      spans[owner[first]].fragments.count == 1
    {
      return spans[owner[first]].fragments[0]
    }
    return TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  /// Whether a quotation reads as the title of a work or a show, not as speech: two to twelve
  /// words, each capitalised but the small words of titles ("Tales of the Harbour", “Morning
  /// Hour”).
  func isTitle(_ span: QuoteSpan) -> Bool {
    var words = 0
    for index in span.inner where tokens.kind(at: index) == .word {
      let token = tokens[index]
      guard token.isCapitalized && token.lower != "i" || words > 0 && Lexicon.titleSmallWords.contains(token.lower)
      else { return false }
      words += 1
      if words > 12 { return false }
    }
    return words >= 2
  }
}
