internal import VerbatimCore

/// Takes the quotations that fill the next sentences of the paragraph, with no cue of their
/// own, into a direct quote; after mixed content they are quotes of their own by the same
/// speaker: “We start in May,” Varga said. “The rest follows.”
struct FollowingQuotationsSieve: FollowUpSieve {
  func follow(_ link: inout Attribution, of quote: Int, after added: [Attribution], _ state: inout AttributionState)
    -> [Attribution]
  {
    let context = state.context
    let spans = context.spans
    let sentences = context.sentences
    var next = state.sentenceIndex + 1
    var following: [Attribution] = []
    while next < sentences.count, case let follow = context.owner[sentences[next].lowerBound], follow >= 0,
      spans[follow].openToken == sentences[next].lowerBound, !state.consumed[follow],
      context.tokens[spans[follow].openToken].block == context.tokens[spans[quote].closeToken].block,
      spans[follow].closeToken >= sentences[next].upperBound - 2
    {
      state.consumed[follow] = true
      if link.kind == .direct {
        link.fragments += spans[follow].fragments
      } else {
        following.append(
          Attribution(
            kind: .direct, fragments: spans[follow].fragments, cue: nil, speaker: link.speaker, sieve: .followsMixed,
            confidence: 0.7, sentence: next))
      }
      next += 1
    }
    return following
  }
}
