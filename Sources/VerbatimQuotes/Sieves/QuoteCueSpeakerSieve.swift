internal import VerbatimCore

/// Links a quotation to the cue and speaker right after it, and the writer's words that lead
/// into it when they open the sentence (mixed): “The ferry runs again on Monday,” said Ilse
/// Varga. / Nothing in the plan “will bring the buses back,” Varga said.
struct QuoteCueSpeakerSieve: QuotationSieve {
  /// The most tokens walked back from a quotation to the start of its sentence for a lead-in.
  static let longestLead = 60

  func link(_ quote: Int, _ state: inout AttributionState) -> Attribution? {
    state.context.quoteCueSpeaker(quote, in: state.sentence, sentenceIndex: state.sentenceIndex)
  }
}

extension AttributionContext {
  /// Past the commas and dashes after a quotation's closing mark: where its cue would start.
  func afterQuotation(_ span: QuoteSpan, in sentence: Range<Int>) -> Int {
    var index = span.closeToken + 1
    while index < sentence.upperBound, tokens[index].kind == .punctuation,
      [",", "—", "–"].contains(tokens[index].lower)
    {
      index += 1
    }
    return index
  }

  fileprivate func quoteCueSpeaker(_ quote: Int, in sentence: Range<Int>, sentenceIndex: Int) -> Attribution? {
    let span = spans[quote]
    // After: “…,” he said / “…,” said Mr Ali / ‘…’, Smith told the BBC. The quotation must end
    // in punctuation, inside or just after its mark, or it is a scare quote ('offensive' claims).
    let index = afterQuotation(span, in: sentence)
    let closing = closingPunctuation(of: span)
    let punctuated =
      index > span.closeToken + 1 || closing.map { [",", ".", "!", "?", "…", "—", "–"].contains($0) } == true
    guard punctuated, let (cue, speaker) = cueAndSpeaker(startingAt: index, upper: sentence.upperBound),
      !reportsClause(cue: cue, speaker: speaker, upper: sentence.upperBound)
    else { return nil }
    // "Nothing the mayor said “will calm the residents,” he said": the writer's words that lead
    // into the quotation are part of what was said. The lead is walked back from the quotation
    // and stops at another quotation or a comma, so a sentence of many is read once.
    var leadStart = span.openToken
    // “…” right after a comma is introduced there ("Speaking on the radio, “…,” she said").
    let introduced = leadStart > sentence.lowerBound && tokens[leadStart - 1].lower == ","
    while !introduced, leadStart > sentence.lowerBound, owner[leadStart - 1] < 0,
      span.openToken - leadStart < QuoteCueSpeakerSieve.longestLead,
      ![":", "—", "–", "-", "--"].contains(tokens[leadStart - 1].lower)
    {
      leadStart -= 1
    }
    let lead = (leadStart..<span.openToken).filter { tokens[$0].isWord }
    // "After the vote in May, the party “…”": an opening phrase before a clause of its own.
    let introducedAcrossComma = (leadStart..<span.openToken).contains { tokens[$0].lower == "," }
    if leadStart == sentence.lowerBound, lead.count >= 2, case let first = tokens[lead[0]],
      !first.classes.contains(.preposition) || introducedAcrossComma,
      !first.lower.endsWith("ing") || introducedAcrossComma || Lexicon.thingPronouns.contains(first.lower),
      introducedAcrossComma && first.lower != "asked" || !Lexicon.subordinators.contains(first.lower)
    {
      // "Varga said she felt … because “…,” she said": what was said follows the lead's own cue.
      var start = sentence.lowerBound
      if let said = lead.last(where: {
        tokens[$0].classes.contains(.strongCue) && isVerbUse($0, lower: sentence.lowerBound)
      }) {
        start = said + 1
        while start < span.openToken, [",", "that"].contains(tokens[start].lower) { start += 1 }
      }
      let content = start..<span.closeToken + 1
      return Attribution(
        kind: .mixed, fragments: [textRange(content)], cue: cue, speaker: speaker, sieve: .leadInQuoteCueSpeaker,
        confidence: 0.8, sentence: sentenceIndex)
    }
    return Attribution(
      kind: .direct, fragments: span.fragments, cue: cue, speaker: speaker, sieve: .quoteCueSpeaker,
      confidence: 0.95, sentence: sentenceIndex)
  }
}
