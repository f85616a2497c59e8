internal import VerbatimCore

/// Links the reported speech of a participle cue, or of a relative clause's cue, right after a
/// quotation's attribution: “We are broke,” Varga said, adding that the fund ran dry in May. /
/// “…,” said Varga, who said the board knew.
struct ParticipleReportSieve: FollowUpSieve {
  func follow(_ link: inout Attribution, of quote: Int, after added: [Attribution], _ state: inout AttributionState)
    -> [Attribution]
  {
    let context = state.context
    guard added.isEmpty, let report = context.participleReport(after: link) else { return [] }
    for index in report.content
    where context.owner[index] >= 0 && context.spans[context.owner[index]].openToken == index {
      state.consumed[context.owner[index]] = true
    }
    state.attributedUpTo = max(state.attributedUpTo, report.content.upperBound)
    return [report.attribution]
  }
}

extension AttributionContext {
  /// A quotation right after the participle is left to `ParticipleContinuationSieve`.
  fileprivate func participleReport(after found: Attribution) -> ReportedContent? {
    guard var speaker = found.speaker, let foundCue = found.cue,
      // The attribution may be the next sentence: “Why?” she asked the crowd, adding that …
      let sentenceIndex = (found.sentence..<min(sentences.count, found.sentence + 2)).first(where: {
        sentences[$0].contains(foundCue.lowerBound)
      })
    else { return nil }
    let sentence = sentences[sentenceIndex]
    let resume = max(foundCue.upperBound, speaker.upperBound)
    let end = contentEnd(of: sentence)
    // Past words about the saying: "she said at a meeting in Dunmore, adding that …".
    guard resume < end,
      let comma = (resume..<min(end, resume + 12)).first(where: {
        tokens[$0].lower == "," || owner[$0] >= 0 || !tokens[$0].isWord && tokens[$0].kind != .number
      }),
      comma + 2 < end, tokens[comma].lower == ",", owner[comma] < 0
    else { return nil }
    var cue = comma + 1
    if tokens[cue].lower == "who" {
      speaker = cue..<cue + 1
      cue += 1
      while cue < end, tokens[cue].isWord, tokens[cue].classes.contains(.skippable) { cue += 1 }
      guard cue < end, tokens[cue].isWord, tokens[cue].classes.isCue, isFinite(tokens[cue].lower) else { return nil }
    } else {
      guard isParticipleCue(cue) else { return nil }
    }
    var start = cue + 1
    if start < end, tokens[start].lower == "that" { start += 1 }
    // “A,” she said, adding, “B.”: the quotation after the participle is its content, and
    // `ParticipleContinuationSieve` links it.
    var first = start
    while first < end, [",", ":"].contains(tokens[first].lower) { first += 1 }
    guard first < end, owner[first] < 0 || spans[owner[first]].openToken != first else { return nil }
    let clause = clauseEnd(from: start, to: end)
    guard clause - start >= 3 else { return nil }
    let content = start..<clause
    return ReportedContent(
      attribution: Attribution(
        kind: kind(of: content), fragments: [textRange(content)], cue: cue..<cue + 1, speaker: speaker,
        sieve: .participleReport, confidence: 0.7, sentence: sentenceIndex),
      content: content)
  }
}
