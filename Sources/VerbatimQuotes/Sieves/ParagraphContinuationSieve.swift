internal import VerbatimCore

/// Links a quotation that opens a paragraph, with no cue of its own, to the speaker of the last
/// quotation linked within two paragraphs: “We start in May,” Varga said. ⏎ “The rest waits.”
struct ParagraphContinuationSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let tokens = context.tokens
    let span = context.spans[quote]
    let opensParagraph = span.openToken == 0 || tokens[span.openToken - 1].block != tokens[span.openToken].block
    guard opensParagraph, let previous = state.lastDirect, previous.speaker != nil,
      tokens[span.openToken].block - context.blockOf(previous) <= 2, !context.hasOwnCue(span, in: state.sentence),
      !context.isTitle(span)
    else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: nil, speaker: previous.speaker, sieve: .paragraphContinuation,
      confidence: 0.75, sentence: state.sentenceIndex)
  }
}
