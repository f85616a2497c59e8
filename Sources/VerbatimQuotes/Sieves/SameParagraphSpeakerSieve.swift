internal import VerbatimCore

/// Links a quotation said in full (punctuated, or long) with no cue of its own to the speaker
/// last linked in an earlier sentence of its paragraph: Varga spoke first. The hall was full.
/// “Nobody here wants the depot shut.”
struct SameParagraphSpeakerSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    let context = state.context
    let span = context.spans[quote]
    guard context.isSaidInFull(span, in: state.sentence), !context.hasOwnCue(span, in: state.sentence) else {
      return nil
    }
    // The speaker of the paragraph so far, when one was named in it.
    while state.scanned < state.results.count {
      if state.results[state.scanned].speaker != nil { state.lastSpoken = state.scanned }
      state.scanned += 1
    }
    guard let spoken = state.lastSpoken, case let previous = state.results[spoken],
      context.blockOf(previous) == context.tokens[span.openToken].block, previous.sentence < state.sentenceIndex
    else { return nil }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: nil, speaker: previous.speaker, sieve: .sameParagraphSpeaker,
      confidence: 0.45, sentence: state.sentenceIndex)
  }
}

extension AttributionContext {
  /// Whether a quotation with no link yet reads as something said rather than a scare quote or
  /// a title: punctuated with a cue of its own after it, five words in double marks, or eight,
  /// and not a title of a work.
  func isSaidInFull(_ span: QuoteSpan, in sentence: Range<Int>) -> Bool {
    guard !isTitle(span) else { return false }
    let words = wordCount(span)
    return hasOwnCue(span, in: sentence) && endsInPunctuation(span) || words >= 5 && !span.isSingle || words >= 8
  }
}
