internal import VerbatimCore

/// Keeps a quotation said in full that no sieve could give to anyone, with no speaker: “We
/// were promised a ferry by spring and we are still waiting for it.”
struct UnattributedQuotationSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let span = state.context.spans[quote]
    guard state.context.isSaidInFull(span, in: state.sentence) else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: nil, speaker: nil, sieve: .unattributedQuotation,
      confidence: 0.3, sentence: state.sentenceIndex)
  }
}
