internal import VerbatimCore

/// Links a quotation after a participle cue with no subject of its own to the speaker of the
/// sentence's previous quotation: “We start in May,” Varga said, adding, “and we finish in June.”
struct ParticipleContinuationSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let tokens = context.tokens
    let open = context.spans[quote].openToken
    guard let speaker = state.previousInSentence?.speaker, open >= 2, [",", ":"].contains(tokens[open - 1].lower),
      case let cue = open - 2, context.isParticipleCue(cue),
      cue > 0, [",", "and"].contains(tokens[cue - 1].lower) || context.owner[cue - 1] >= 0
    else { return nil }
    return Attribution(
      kind: .direct, fragments: context.spans[quote].fragments, cue: cue..<cue + 1, speaker: speaker,
      sieve: .participleContinuation, confidence: 0.8, sentence: state.sentenceIndex)
  }
}
