internal import VerbatimCore

/// Joins the second half of a quotation split around its cue to the first: “The depot,” Varga
/// said, “will stay open.” / “We tried,” Varga said at the hall in Dunmore, “but no one came.”
struct SplitQuoteSieve: FollowUpSieve {
  func follow(_ link: inout Attribution, of quote: Int, after added: [Attribution], _ state: inout AttributionState)
    -> [Attribution]
  {
    let context = state.context
    guard let split = context.splitContinuation(after: link, quote: quote, in: state.sentence),
      !state.consumed[split]
    else { return [] }
    state.consumed[split] = true
    state.attributedUpTo = max(state.attributedUpTo, context.spans[split].closeToken + 1)
    link.fragments += context.spans[split].fragments
    link.sieve = .splitQuote
    return []
  }
}

extension AttributionContext {
  /// After a split quotation's cue, the second quotation, if it follows.
  fileprivate func splitContinuation(after found: Attribution, quote: Int, in sentence: Range<Int>) -> Int? {
    guard found.sieve == .quoteCueSpeaker, let cue = found.cue, let speaker = found.speaker else { return nil }
    let resume = max(cue.upperBound, speaker.upperBound)
    var index = resume
    while index < sentence.upperBound, tokens[index].kind == .punctuation,
      [",", "—", "–", ":"].contains(tokens[index].lower)
    {
      index += 1
    }
    if index < tokens.count, owner[index] >= 0, owner[index] != quote, spans[owner[index]].openToken == index {
      return owner[index]
    }
    // Past words about the saying, when the quotation resumes mid-sentence in lowercase:
    // “A,” Varga said at the hall in Dunmore, Ont., “but …” / Varga said, pointing to …, “you …”
    var probe = resume
    // (Not past a new report: "she wrote, arguing that … “more …”".)
    while probe < min(sentence.upperBound, resume + 24), owner[probe] < 0, !tokens[probe].classes.isCue,
      ![".", ";", "?", "!", ":"].contains(tokens[probe].lower) || phrases.abbreviationBefore(probe)
    {
      probe += 1
    }
    guard probe < sentence.upperBound, owner[probe] >= 0, owner[probe] != quote, spans[owner[probe]].openToken == probe,
      tokens[probe - 1].lower == ",", let first = spans[owner[probe]].inner.first(where: { tokens[$0].isWord }),
      !tokens[first].isCapitalized
    else { return nil }
    return owner[probe]
  }
}
