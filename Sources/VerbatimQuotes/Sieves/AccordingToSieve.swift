internal import VerbatimCore

/// Links the content of a sentence to the source after "according to", before or after it:
/// According to the harbour board, the ferry will not run before June.
struct AccordingToSieve: CueSieve {
  func report(
    at index: Int, classes: WordClass, found: [ReportedContent], in sentence: Range<Int>, sentenceIndex: Int,
    _ context: AttributionContext
  ) -> ReportedContent? {
    guard classes.contains(.according), index + 1 < sentence.upperBound, context.tokens[index + 1].lower == "to" else {
      return nil
    }
    return context.accordingTo(at: index, in: sentence, sentenceIndex: sentenceIndex)
  }
}

extension AttributionContext {
  fileprivate func accordingTo(at index: Int, in sentence: Range<Int>, sentenceIndex: Int) -> ReportedContent? {
    let end = contentEnd(of: sentence)
    guard let speaker = phrases.object(from: index + 2, upper: end) else { return nil }
    let cue = index..<index + 2
    let content: Range<Int>
    if index == sentence.lowerBound || (index > sentence.lowerBound && tokens[index - 1].lower != ",") {
      // According to X, content.
      var start = speaker.upperBound
      while start < end, tokens[start].kind == .punctuation, tokens[start].lower == "," { start += 1 }
      content = start..<end
    } else {
      content = sentence.lowerBound..<(index - 1)
    }
    guard content.count >= 3 else { return nil }
    return ReportedContent(
      attribution: Attribution(
        kind: kind(of: content), fragments: [textRange(content)], cue: cue, speaker: speaker, sieve: .accordingTo,
        confidence: 0.85, sentence: sentenceIndex),
      content: content)
  }

  /// Whether the verb of saying or thinking at `index` may report: after the sentence's first
  /// report only strong cues add another; lowercase but at the start of a sentence ("the Daily
  /// Record", "Civic Watch"); not inside the speaker phrase of a report already found; used as
  /// a verb.
  func isReportingCue(_ index: Int, classes: WordClass, found: [ReportedContent], in sentence: Range<Int>) -> Bool {
    classes.isCue && (found.isEmpty || classes.contains(.strongCue))
      && (!tokens[index].isCapitalized || index == sentence.lowerBound)
      && !found.contains(where: { $0.attribution.speaker?.contains(index) == true })
      && isVerbUse(index, lower: sentence.lowerBound)
  }
}
