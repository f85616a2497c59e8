internal import VerbatimCore

/// Links a label in quotation marks to the subject of the verb before it (any verb: the label
/// is the saying): Ilse Varga has been steadily painting the treasurer as a “spendthrift”.
struct CharacterizationSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    state.context.characterization(state.context.spans[quote], in: state.sentence, sentenceIndex: state.sentenceIndex)
  }
}

extension AttributionContext {
  fileprivate func characterization(_ span: QuoteSpan, in sentence: Range<Int>, sentenceIndex: Int) -> Attribution? {
    var label = span.openToken - 1
    if label > sentence.lowerBound, Lexicon.articles.contains(tokens[label].lower) { label -= 1 }
    guard label > sentence.lowerBound, tokens[label].lower == "as", owner[label] < 0 else { return nil }
    // The verb: the nearest lowercase verb form before the labelled phrase, within a few words.
    let isVerbForm = { (token: Token) -> Bool in
      !token.isCapitalized
        && (token.classes.isCue || token.lower.endsWith("ed") || token.lower.endsWith("ing")
          || token.lower.endsWith("s"))
    }
    var verb = label - 1
    while verb > max(sentence.lowerBound, label - 10) {
      let token = tokens[verb]
      guard token.isWord || token.kind == .number, owner[verb] < 0 else { return nil }
      if verb < label - 1, isVerbForm(token) { break }
      verb -= 1
    }
    guard verb > sentence.lowerBound, case let cue = tokens[verb], isVerbForm(cue),
      // "is known as", "was billed as": a passive names, it does not say.
      !tokens[verb - 1].classes.contains(.passiveMarker)
    else { return nil }
    var start = verb + 1
    while start < label, tokens[start].classes.contains(.preposition) { start += 1 }
    guard start < label else { return nil }
    // "began to portray … as": an infinitive or a participle takes the clause's subject.
    let participle = cue.lower.endsWith("ing") || tokens[verb - 1].lower == "to"
    guard
      let speaker = phrases.subject(before: verb, lower: sentence.lowerBound, throughParticiples: participle)
        ?? (participle ? clauseSubject(in: sentence.lowerBound..<verb) : nil)
    else { return nil }
    return Attribution(
      kind: .mixed, fragments: [textRange(start..<span.closeToken + 1)], cue: verb..<verb + 1, speaker: speaker,
      sieve: .characterization, confidence: 0.5, sentence: sentenceIndex)
  }
}
