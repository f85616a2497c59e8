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
      !next.contains(where: { context.owner[$0] >= 0 }),
      // A cue that reports a clause of its own already has content: Varga said: “…” The
      // treasurer warned that the fund was empty.
      !context.reportsClause(cue: cue, speaker: speaker, upper: next.upperBound),
      !context.reportsThatClause(from: max(cue.upperBound, speaker.upperBound), to: next.upperBound)
    else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, sieve: .quoteThenAttribution,
      confidence: 0.85, sentence: sentenceIndex)
  }
}

extension AttributionContext {
  /// Whether a "that" stands in the attribution's own clause, before a comma: "… warned that
  /// the fund was empty" reports a clause, "… asked reporters, adding that …" leaves it to the
  /// participle.
  fileprivate func reportsThatClause(from start: Int, to end: Int) -> Bool {
    for index in start..<end {
      if tokens[index].lower == "," || owner[index] >= 0 { return false }
      if tokens[index].lower == "that" { return true }
    }
    return false
  }
}
