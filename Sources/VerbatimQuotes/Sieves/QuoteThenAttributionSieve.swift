internal import VerbatimCore

/// Links a quotation that ends its sentence to a short next sentence of speaker and cue, or,
/// after a question or an exclamation, to a next sentence of any length that opens with them:
/// “The depot is closed.” Ilse Varga said. / “Who pays for it?” The treasurer asked the board …
struct QuoteThenAttributionSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let span = context.spans[quote]
    let sentenceIndex = state.sentenceIndex
    guard context.afterQuotation(span, in: state.sentence) >= state.sentence.upperBound,
      sentenceIndex + 1 < context.sentences.count
    else { return nil }
    let next = context.sentences[sentenceIndex + 1]
    let closing = context.closingPunctuation(of: span)
    let asked = closing == "?" || closing == "!"
    guard next.count <= 10 || asked,
      context.tokens[next.lowerBound].block == context.tokens[span.closeToken].block,
      let (cue, speaker) = context.cueAndSpeaker(startingAt: next.lowerBound, upper: next.upperBound),
      !next.contains(where: { context.owner[$0] >= 0 })
    else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, sieve: .quoteThenAttribution,
      confidence: 0.85, sentence: sentenceIndex)
  }
}
