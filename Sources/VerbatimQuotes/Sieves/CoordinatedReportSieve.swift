internal import VerbatimCore

/// Links a later quotation inside the speaker's next deed, after "and" or "but", to the
/// speaker linked earlier in the sentence, as mixed content from the verb: Varga said the plan
/// was late and ranked the treasurer among the “least curious” she knew.
struct CoordinatedReportSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let span = context.spans[quote]
    guard let earlier = state.earlierSpeaker(of: quote), let cue = earlier.cue,
      let verb = context.coordinatedVerb(before: span.openToken, after: cue.upperBound)
    else { return nil }
    let last = context.wordsAfter(span, in: state.sentence) ?? span.closeToken + 1
    return Attribution(
      kind: .mixed, fragments: [context.textRange(verb + 1..<last)], cue: verb..<verb + 1, speaker: earlier.speaker,
      sieve: .coordinatedReport, confidence: 0.55, sentence: state.sentenceIndex)
  }
}
