internal import VerbatimCore

/// Links a later quotation with no cue of its own to the speaker linked earlier in its
/// sentence: “We start in May,” Varga said, pointing to the fences and adding, “The rest waits.”
struct SameSentenceSpeakerSieve: QuotationSieve {
  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    guard let earlier = state.earlierSpeaker(of: quote) else { return nil }
    return Attribution(
      kind: .direct, fragments: state.context.spans[quote].fragments, cue: nil, speaker: earlier.speaker,
      sieve: .sameSentenceSpeaker, confidence: 0.6, sentence: state.sentenceIndex)
  }
}

extension AttributionState {
  /// The sentence's last link with a speaker and a cue before the quotation, when the
  /// quotation has no cue of its own, is long enough or punctuated to be said, and no clause
  /// about someone else stands between ("… Varga, who was fined after she used the word “…”").
  func earlierSpeaker(of quote: Int) -> Attribution? {
    let span = context.spans[quote]
    guard !context.hasOwnCue(span, in: sentence), !context.isTitle(span),
      context.wordCount(span) >= 3 || context.endsInPunctuation(span),
      let earlier = linkedInSentence.last(where: {
        $0.speaker != nil && ($0.cue?.upperBound ?? Int.max) <= span.openToken
      }),
      let cue = earlier.cue,
      !(cue.upperBound..<span.openToken).contains(where: {
        Lexicon.otherClauseWords.contains(context.tokens[$0].lower)
      })
    else { return nil }
    return earlier
  }
}

extension AttributionContext {
  /// The words inside a quotation's marks.
  func wordCount(_ span: QuoteSpan) -> Int {
    span.inner.reduce(0) { $0 + (tokens.kind(at: $1) == .word ? 1 : 0) }
  }
}
