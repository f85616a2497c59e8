internal import VerbatimCore

/// Links a quotation to the name that signs it after a dash, on its line or opening the next
/// paragraph: “Keep the ferry running.” ― Ilse Varga, Dunmore.
struct QuoteThenSignatureSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let tokens = context.tokens
    let span = context.spans[quote]
    guard let (dash, upper) = context.signatureDash(after: span.closeToken, sentenceIndex: state.sentenceIndex),
      let speaker = context.phrases.object(from: dash + 1, upper: upper), tokens[speaker.lowerBound].isCapitalized,
      // The signature is the name alone, or the name and a comma ("Ilse Varga, Dunmore").
      speaker.upperBound >= upper || context.owner[speaker.upperBound] >= 0
        || [",", ".", "("].contains(tokens[speaker.upperBound].lower)
    else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: dash..<dash + 1, speaker: speaker, sieve: .quoteThenSignature,
      confidence: 0.8, sentence: state.sentenceIndex)
  }
}
