internal import VerbatimCore

/// Links a quotation to the speaker and cue before it, across a colon or a comma; the writer's
/// words that carry its clause on make it mixed. The treasurer told the board: “We are broke.”
/// / Ilse Varga said, “Not this year” to the residents.
struct CueBeforeQuoteSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let sentence = state.sentence
    let span = context.spans[quote]
    let open = span.openToken
    guard open - 1 >= sentence.lowerBound else { return nil }
    let before = context.tokens[open - 1]
    guard before.kind == .punctuation, before.lower == ":" || before.lower == ",",
      let cue = context.cueEnding(at: open - 2, lower: sentence.lowerBound),
      let speaker = context.speakerBefore(cue: cue, lower: sentence.lowerBound)
    else { return nil }
    let sieve: QuoteSieve = before.lower == ":" ? .colonCue : .speakerCueQuote
    // Ilse Varga said, “…” from the start: the writer's words after it belong to what was said.
    if let last = context.wordsAfter(span, in: sentence) {
      return Attribution(
        kind: .mixed, fragments: [context.textRange(open..<last)], cue: cue, speaker: speaker, sieve: sieve,
        confidence: 0.85, sentence: state.sentenceIndex)
    }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, sieve: sieve, confidence: 0.95,
      sentence: state.sentenceIndex)
  }
}
