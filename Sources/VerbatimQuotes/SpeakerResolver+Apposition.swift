/// Names the speaker phrase stands beside. A phrase in apposition to a name before it: in "Ana
/// Ruiz, a spokeswoman for the council, said" the phrase found may be "a spokeswoman", yet the
/// speaker is the person named before the comma. The name must open its clause (a sentence, or
/// after a verb of saying: "said Ana Ruiz, the director") and be no organisation's or group's,
/// and the phrase must not be a list of names ("Ruiz, Vidal and Reed said").
extension SpeakerResolver {
  /// The name a phrase is in apposition to, if any.
  func nameBefore(_ mention: Range<Int>) -> EntityTable.NameMention? {
    let comma = mention.lowerBound - 1
    guard comma > 0, tokens[comma].lower == ",", tokens.block(at: comma) == tokens.block(at: mention.lowerBound)
    else { return nil }
    guard let named = entities.mentions(overlapping: comma - 1..<comma).last, named.tokens.upperBound == comma,
      !entities.facts.isPossessive(comma - 1)
    else { return nil }
    // A person, or a name of two words or more with no sign of anything else ("Regardless, the
    // council said" is no apposition).
    let kind = self.kind(of: named.entity)
    guard kind == .person || (kind == .unknown && entities.entities[named.entity].words.count >= 2),
      opensClause(named.tokens.lowerBound, afterCue: true)
    else { return nil }
    // The phrase describes one someone: not a verb ("issued a letter"), a relative pronoun, a
    // list, or a collective or a text that says something of its own ("Ruiz, officials said,").
    let first = tokens[mention.lowerBound]
    guard !first.classes.isCue, !first.classes.contains(.pronoun),
      !mention.contains(where: { tokens[$0].lower == "and" }),
      let head = leadingPart(of: mention).last(where: { tokens.kind(at: $0) == .word })
    else { return nil }
    let headWord = tokens[head].lower
    if isPlural(headWord) || !NameClass.of(headWord).isDisjoint(with: [.groupNoun, .documentNoun]) { return nil }
    // "Ruiz, Vidal said": the phrase is a name of its own, not a role ("Ruiz, Harbour Trust director").
    for other in entities.mentions(overlapping: mention) where other.tokens.lowerBound == mention.lowerBound {
      let otherKind = self.kind(of: other.entity)
      if otherKind == .person || (otherKind == .unknown && other.tokens.upperBound >= mention.upperBound) {
        return nil
      }
    }
    return named
  }

  /// The person a role leads to right after a phrase that is an organisation's name or another
  /// name that is not a person's: "said Leith University professor Ana Ruiz" when the phrase found
  /// is "Leith University", "says Harbour Events Co-Owner and Lead Planner Ana Ruiz". Between
  /// the two, a few words with a role among them (or ending the phrase), no punctuation, no verb.
  func nameAfter(_ mention: Range<Int>) -> EntityTable.NameMention? {
    let start = mention.upperBound
    let limit = min(tokens.count, start + 6)
    guard start < limit, let last = mention.last(where: { tokens.kind(at: $0) == .word }) else { return nil }
    guard let found = entities.mentions(overlapping: start..<limit).first(where: { $0.tokens.lowerBound >= start })
    else { return nil }
    let kind = self.kind(of: found.entity)
    guard kind == .person || (kind == .unknown && entities.entities[found.entity].words.count >= 2) else { return nil }
    var sawRole = found.role != nil || !entities.facts.classes(last).isDisjoint(with: .roleWord)
    for index in start..<found.name.lowerBound {
      guard tokens.kind(at: index) == .word, tokens.block(at: index) == tokens.block(at: start),
        !tokens[index].classes.isCue, !tokens[index].classes.contains(.pronoun)
      else { return nil }
      if !entities.facts.classes(index).isDisjoint(with: .roleWord) { sawRole = true }
    }
    return sawRole ? found : nil
  }

  /// The role a phrase in apposition gives, as written, up to a relative clause or a bracket:
  /// "spokeswoman for the council" of "a spokeswoman for the council, who".
  func appositionRole(_ mention: Range<Int>) -> String? {
    var end = mention.lowerBound
    while end < mention.upperBound, ![",", "(", "who", "which", "—"].contains(tokens[end].lower) { end += 1 }
    let role = entities.roleText(mention.lowerBound..<end)
    return role.isEmpty ? nil : role
  }

  /// Whether a name starting at token `start` opens a sentence: it begins its block or follows
  /// the end of a sentence (a conjunction such as "But" may come between). With `afterCue`, also
  /// after a colon, a dash, an opening quotation mark or a verb of saying ("said Ana Ruiz").
  func opensClause(_ start: Int, afterCue: Bool) -> Bool {
    var probe = start - 1
    while probe >= 0, tokens.block(at: probe) == tokens.block(at: start) {
      let token = tokens[probe]
      if (afterCue && token.kind.isMark) || (token.isWord && token.isCapitalized && token.classes.contains(.opener)) {
        probe -= 1
        continue
      }
      if token.isWord { return afterCue && token.classes.contains(.strongCue) }
      return [".", "?", "!"].contains(token.lower) || (afterCue && [":", ";", "—", "–"].contains(token.lower))
    }
    return true
  }
}
