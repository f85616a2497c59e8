internal import VerbatimCore

/// Links a quotation that opens its sentence to a short previous sentence of speaker and cue
/// alone: Ilse Varga disagreed. “The depot was never the problem.”
struct AttributionThenQuoteSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let tokens = context.tokens
    let span = context.spans[quote]
    guard span.openToken == state.sentence.lowerBound, state.sentenceIndex > 0 else { return nil }
    let previous = context.sentences[state.sentenceIndex - 1]
    let end = context.contentEnd(of: previous)
    guard previous.count <= 10, tokens[previous.lowerBound].block == tokens[span.openToken].block,
      !previous.contains(where: { context.owner[$0] >= 0 }),
      let cue = (previous.lowerBound..<end).last(where: { tokens[$0].isWord && tokens[$0].classes.isCue }),
      cue + 1 == end || context.trailingOnly(from: cue + 1, to: end),
      let speaker = context.phrases.subject(before: cue, lower: previous.lowerBound),
      speaker.lowerBound == previous.lowerBound
    else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: cue..<cue + 1, speaker: speaker, sieve: .attributionThenQuote,
      confidence: 0.75, sentence: state.sentenceIndex)
  }
}
