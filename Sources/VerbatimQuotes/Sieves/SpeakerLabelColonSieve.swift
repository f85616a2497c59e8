internal import VerbatimCore

/// Links a quotation to a capitalised name before a colon with no verb, as a label:
/// Councillor Varga: “The depot stays.”
struct SpeakerLabelColonSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let tokens = context.tokens
    let sentence = state.sentence
    let open = context.spans[quote].openToken
    let colon = open - 1
    guard colon >= sentence.lowerBound, tokens[colon].kind == .punctuation, tokens[colon].lower == ":",
      let speaker = context.phrases.subject(before: colon, lower: sentence.lowerBound),
      speaker.contains(where: { tokens[$0].isCapitalized && !tokens[$0].classes.contains(.notName) })
    else { return nil }
    return Attribution(
      kind: .direct, fragments: context.spans[quote].fragments, cue: colon..<colon + 1, speaker: speaker,
      sieve: .speakerLabelColon, confidence: 0.8, sentence: state.sentenceIndex)
  }
}
