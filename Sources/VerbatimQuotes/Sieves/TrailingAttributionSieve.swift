internal import VerbatimCore

/// Links the content before a comma to the speaker and cue after it, at the end of the
/// sentence or inside it: The depot will stay open, Varga said. / The depot will stay open,
/// said the treasurer. / In both years, Varga said, the fund ran dry by May.
struct TrailingAttributionSieve: CueSieve {
  func report(
    at index: Int, classes: WordClass, found: [ReportedContent], in sentence: Range<Int>, sentenceIndex: Int,
    _ context: AttributionContext
  ) -> ReportedContent? {
    guard context.isReportingCue(index, classes: classes, found: found, in: sentence) else { return nil }
    return context.trailingAttribution(
      cue: index, in: sentence, end: context.contentEnd(of: sentence), sentenceIndex: sentenceIndex,
      strong: classes.contains(.strongCue))
  }
}

extension AttributionContext {
  /// "…, X said." or "…, said X." at the end of a sentence: the content is what came before.
  func trailingAttribution(cue: Int, in sentence: Range<Int>, end: Int, sentenceIndex: Int, strong: Bool)
    -> ReportedContent?
  {
    // The attribution must run to the end of the sentence, or to a comma.
    if let speaker = phrases.subject(before: cue, lower: sentence.lowerBound), speaker.lowerBound > sentence.lowerBound,
      isReportingSource(speaker, cue: cue), isPlausibleSubject(speaker, of: tokens[cue].lower),
      tokens[speaker.lowerBound - 1].lower == ",", let stop = attributionEnd(from: cue + 1, to: end)
    {
      // "In both years, Varga said, the fund ran dry": the attribution stands inside what was said.
      if stop < end, case let rest = stop + 1, end - rest >= 3, tokens[rest].isWord, !isParticipleCue(rest),
        !Lexicon.nonResuming.contains(tokens[rest].lower),
        case let clause = clauseEnd(from: rest, to: end), clause - rest >= 3
      {
        let content = sentence.lowerBound..<clause
        return ReportedContent(
          attribution: Attribution(
            kind: kind(of: content),
            fragments: [textRange(sentence.lowerBound..<speaker.lowerBound - 1), textRange(rest..<clause)],
            cue: cue..<cue + 1, speaker: speaker, sieve: .contentSpeakerCueContent,
            confidence: strong ? 0.8 : 0.55, sentence: sentenceIndex),
          content: content)
      }
      return precedingContent(
        upTo: speaker.lowerBound - 1, in: sentence, cue: cue, speaker: speaker, sieve: .contentCommaSpeakerCue,
        strong: strong, sentenceIndex: sentenceIndex)
    }
    if cue > sentence.lowerBound, tokens[cue - 1].lower == ",", isFinite(tokens[cue].lower),
      let speaker = phrases.object(from: cue + 1, upper: end), isReportingSource(speaker, cue: cue),
      speaker.upperBound >= end || trailingOnly(from: speaker.upperBound, to: end)
        || describesSpeaker(from: speaker.upperBound, to: end),
      // "…, said the family deserved better": a verb after the noun makes it a clause, not a speaker.
      !speaker.dropFirst(2).contains(where: { !tokens[$0].isCapitalized && tokens[$0].lower.endsWith("ed") })
    {
      return precedingContent(
        upTo: cue - 1, in: sentence, cue: cue, speaker: speaker, sieve: .contentCommaCueSpeaker, strong: strong,
        sentenceIndex: sentenceIndex)
    }
    return nil
  }

  /// "…, said a former clerk for the board, Tomas Reed, who ran the depot": more words about
  /// the speaker (a phrase, a name in apposition), then a relative clause about them to the end
  /// of the sentence.
  fileprivate func describesSpeaker(from start: Int, to end: Int) -> Bool {
    var index = start
    while index + 1 < min(end, start + 15), owner[index] < 0,
      tokens[index].isWord || tokens[index].lower == "," || tokens[index].lower == "."
    {
      if tokens[index].lower == ",", Lexicon.commentRelatives.contains(tokens[index + 1].lower) { return true }
      index += 1
    }
    return false
  }

  /// The sentence up to `end` (a comma before the attribution) as what was said.
  private func precedingContent(
    upTo end: Int, in sentence: Range<Int>, cue: Int, speaker: Range<Int>, sieve: QuoteSieve, strong: Bool,
    sentenceIndex: Int
  ) -> ReportedContent? {
    let content = sentence.lowerBound..<end
    guard content.count >= 3 else { return nil }
    return ReportedContent(
      attribution: Attribution(
        kind: kind(of: content), fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker, sieve: sieve,
        confidence: strong ? 0.85 : 0.55, sentence: sentenceIndex),
      content: content)
  }
}
