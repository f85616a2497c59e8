internal import VerbatimCore

/// Links a report whose verb is passive and whose source goes unnamed to its content: The
/// ferry is expected to run again in May. / It was announced that the depot would close.
/// PolNeAR's guidelines count these as attributions with no source; the content is the
/// subject with the infinitive, or the "that" clause.
struct PassiveReportSieve: CueSieve {
  func report(
    at index: Int, classes: WordClass, found: [ReportedContent], in sentence: Range<Int>, sentenceIndex: Int,
    _ context: AttributionContext
  ) -> ReportedContent? {
    guard found.isEmpty, !context.tokens[index].isCapitalized else { return nil }
    return context.passiveReport(cue: index, in: sentence, sentenceIndex: sentenceIndex)
  }
}

extension AttributionContext {
  fileprivate func passiveReport(cue: Int, in sentence: Range<Int>, sentenceIndex: Int) -> ReportedContent? {
    let end = contentEnd(of: sentence)
    let word = tokens[cue].lower
    // A participle ("expected", "said", "thought"), not a stance ("is opposed to the plan").
    guard cue + 2 < end, word.endsWith("ed") || Lexicon.irregularFiniteCues.contains(word),
      !Lexicon.stanceVerbForms.contains(word), owner[cue + 1] < 0
    else { return nil }
    // The auxiliary of the passive, adverbs and "not" aside ("is widely expected").
    var auxiliary = cue - 1
    while auxiliary > sentence.lowerBound, tokens[auxiliary].isWord,
      tokens[auxiliary].lower.endsWith("ly") || Lexicon.auxiliaryAdverbs.contains(tokens[auxiliary].lower)
    {
      auxiliary -= 1
    }
    guard auxiliary >= sentence.lowerBound, tokens[auxiliary].isWord,
      tokens[auxiliary].classes.contains(.passiveMarker)
    else { return nil }
    let next = tokens[cue + 1]
    if next.lower == "that" {
      // "It was announced that …": the clause is the content.
      let start = cue + 2
      let clause = clauseEnd(from: start, to: end)
      guard clause - start >= 3 else { return nil }
      let content = start..<clause
      return ReportedContent(
        attribution: Attribution(
          kind: kind(of: content), fragments: [textRange(content)], cue: auxiliary..<cue + 1, speaker: nil,
          sieve: .passiveReport, confidence: 0.6, sentence: sentenceIndex),
        content: content)
    }
    // "The ferry is expected to run": the subject and the infinitive.
    let verb = tokens[cue + 2]
    guard next.lower == "to", verb.isWord, !verb.isCapitalized,
      verb.classes.isDisjoint(with: [.determiner, .pronoun, .preposition]),
      let subject = phrases.subject(before: auxiliary, lower: sentence.lowerBound),
      !Lexicon.impersonalPronouns.contains(tokens[subject.lowerBound].lower)
    else { return nil }
    let clause = clauseEnd(from: cue + 1, to: end)
    guard clause - (cue + 1) >= 2 else { return nil }
    return ReportedContent(
      attribution: Attribution(
        kind: kind(of: subject.lowerBound..<clause), fragments: [textRange(subject), textRange(cue + 1..<clause)],
        cue: auxiliary..<cue + 1, speaker: nil, sieve: .passiveReport, confidence: 0.6, sentence: sentenceIndex),
      content: subject.lowerBound..<clause)
  }
}
