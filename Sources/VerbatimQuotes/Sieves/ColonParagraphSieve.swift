internal import VerbatimCore

/// Links the quotation that opens a paragraph to the previous paragraph when that one ends in
/// a colon: its cue and speaker, or else its subject. Ilse Varga told the hall: ⏎ “We will not
/// wait.” / Ilse Varga, at the end of the meeting: ⏎ “We are out of money.”
struct ColonParagraphSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let tokens = context.tokens
    let sentenceIndex = state.sentenceIndex
    let open = context.spans[quote].openToken
    guard open > 0, sentenceIndex > 0, tokens[open - 1].lower == ":", tokens[open - 1].block != tokens[open].block
    else { return nil }
    let previous = context.sentences[sentenceIndex - 1]
    let colon = open - 1
    let fragments = context.spans[quote].fragments
    if let cue = context.cueEnding(at: colon - 1, lower: previous.lowerBound),
      let speaker = context.speakerBefore(cue: cue, lower: previous.lowerBound)
    {
      return Attribution(
        kind: .direct, fragments: fragments, cue: cue, speaker: speaker, sieve: .colonParagraph, confidence: 0.85,
        sentence: sentenceIndex)
    }
    if let speaker = context.clauseSubject(in: previous.lowerBound..<colon) {
      return Attribution(
        kind: .direct, fragments: fragments, cue: colon..<colon + 1, speaker: speaker, sieve: .colonParagraphSubject,
        confidence: 0.6, sentence: sentenceIndex)
    }
    return nil
  }
}
