internal import VerbatimCore

/// Phrases headed by a noun rather than a name: a spokesperson (their organisation), a role ("the
/// senator": whom the document tied it to), an organisation noun ("the company"), a collective, a
/// text, or someone described. Only a definite phrase points back to someone: "a senior official"
/// is a description.
extension SpeakerResolver {
  mutating func described(
    _ mention: Range<Int>, head: Int, owner: EntityTable.NameMention?, laterSpeakers: [Int]
  ) -> Resolution {
    let headWord = tokens[head].lower.droppingSuffix("’s").droppingSuffix("'s")
    let classes = NameClass.of(headWord)
    let first = tokens[mention.lowerBound].lower
    let indefinite = ["a", "an", "one", "another", "some", "any", "many", "several"].contains(first)
    let role = entities.roleText(mention)
    // "the Florida senator", "the shadow minister": the words that tell one holder from another.
    let modifierTokens = mention.filter {
      $0 < head && tokens.kind(at: $0) == .word && !tokens[$0].classes.contains(.determiner)
        && entities.facts.classes($0).isDisjoint(with: .roleWord)
    }
    let modifiers = modifierTokens.map { tokens[$0].lower }
    let places = modifierTokens.filter { tokens[$0].isCapitalized && $0 > mention.lowerBound }.map { tokens[$0].lower }

    if classes.contains(.spokesperson) {
      return spokesperson(mention, owner: owner, role: role, position: mention.lowerBound)
    }
    let plural = isPlural(headWord)
    if !classes.isDisjoint(with: .roleWord) && !plural {
      if let person = appositionName(after: mention) {
        tie(person, gender: classes.gender)
        return named(person, role: role, rule: .roleApposition, confidence: 0.85)
      }
      if !indefinite,
        let holder = entities.holder(of: headWord, near: mention.lowerBound, modifiers: modifiers, places: places)
      {
        tie(holder, gender: classes.gender)
        return named(holder, role: role, rule: .roleHolder, confidence: 0.8)
      }
      // Only a title ("the senator", "the minister") points ahead; "the source" does not.
      if !indefinite, owner == nil || kind(of: owner!.entity) != .person, classes.contains(.title),
        let next = laterSpeakers.first
      {
        return named(next, role: role, rule: .roleNextNamedSpeaker, confidence: 0.6)
      }
      return Resolution(name: nil, type: .description, role: role, rule: .description, confidence: 0.4)
    }
    if classes.contains(.organisationNoun) && !indefinite && !plural && owner == nil {
      if let organisation = entities.organisation(for: headWord, before: mention.lowerBound) {
        return named(organisation, role: nil, rule: .organisationNoun, confidence: 0.7)
      }
      return Resolution(name: nil, type: .organisation, role: role, rule: .organisationNoun, confidence: 0.4)
    }
    if classes.contains(.documentNoun) {
      if let person = recorded(in: mention) {
        return named(person, role: nil, rule: .nameInPhrase, confidence: 0.7)
      }
      return Resolution(name: nil, type: .document, rule: .document, confidence: 0.6)
    }
    if classes.contains(.groupNoun) || classes.contains(.organisationNoun) || plural {
      return Resolution(name: nil, type: .group, rule: .group, confidence: 0.6)
    }
    if tokens[head].isCapitalized || !phrases.isNounLike(head) {
      return Resolution(name: nil, type: .unknown, rule: .unresolved, confidence: 0.3)
    }
    return Resolution(name: nil, type: .description, role: role, rule: .description, confidence: 0.5)
  }

  /// A spokesperson: for a named organisation, the party a document is about, or an organisation
  /// noun ("a council spokesperson"); for a person, a description.
  private mutating func spokesperson(
    _ mention: Range<Int>, owner: EntityTable.NameMention?, role: String, position: Int
  ) -> Resolution {
    if let person = appositionName(after: mention) {
      tie(person, gender: nil)
      return named(person, role: role, rule: .roleApposition, confidence: 0.85)
    }
    let lead = leadingPart(of: mention)
    if let found = owner ?? entities.mentions(overlapping: lead.upperBound..<mention.upperBound).first {
      if kind(of: found.entity) == .person {
        return named(found.entity, role: role, rule: .spokespersonOfPerson, confidence: 0.6)
      }
      showOrganisation(found.entity)
      return Resolution(
        entity: found.entity, name: entities.name(of: found.entity), type: .organisation, role: role,
        rule: .spokespersonOfOrganisation, confidence: 0.9)
    }
    let words = mention.filter { tokens.kind(at: $0) == .word }
    if words.contains(where: { tokens[$0].lower == "party" }), let party = entities.mainParty {
      return Resolution(
        entity: party, name: entities.name(of: party), type: .organisation, role: role, rule: .partySpokesperson,
        confidence: 0.7)
    }
    if let noun = words.first(where: {
      !tokens[$0].isCapitalized && NameClass.of(tokens[$0].lower).contains(.organisationNoun)
    }),
      let organisation = entities.organisation(for: tokens[noun].lower, before: position)
    {
      return Resolution(
        entity: organisation, name: entities.name(of: organisation), type: .organisation, role: role,
        rule: .spokespersonOfOrganisation, confidence: 0.75)
    }
    return Resolution(name: nil, type: .description, role: role, rule: .unnamedSpokesperson, confidence: 0.5)
  }

  /// A resolution to a known entity.
  func named(_ entity: Int, role: String?, rule: SpeakerRule, confidence: Double) -> Resolution {
    Resolution(
      entity: entity, name: entities.name(of: entity), type: type(of: kind(of: entity)),
      role: role ?? entities.role(of: entity), rule: rule, confidence: confidence)
  }

  /// A person named right after a role: "the shadow minister, Nick Ruiz," or, inside the phrase,
  /// "the council's director, Ana Ruiz".
  func appositionName(after mention: Range<Int>) -> Int? {
    let lead = leadingPart(of: mention)
    var comma = lead.upperBound
    if comma >= mention.upperBound { comma = mention.upperBound }
    // "the company's founder and chief executive, Ana Ruiz": a second role joined by "and".
    if comma < tokens.count, tokens[comma].lower == "and" || tokens[comma].lower == "&" {
      var probe = comma + 1
      while probe < min(tokens.count, comma + 5), tokens.kind(at: probe) == .word, !tokens[probe].isCapitalized {
        probe += 1
      }
      guard probe > comma + 1, !entities.facts.classes(probe - 1).isDisjoint(with: .roleWord) else { return nil }
      comma = probe
    }
    guard comma < tokens.count, tokens[comma].lower == ",", comma + 1 < tokens.count else { return nil }
    guard let found = entities.mentions(overlapping: comma + 1..<comma + 2).first,
      found.tokens.lowerBound == comma + 1 || found.name.lowerBound == comma + 1
    else { return nil }
    let kind = self.kind(of: found.entity)
    return kind == .organisation || kind == .group ? nil : found.entity
  }

  /// The person a recording or a text shows speaking: "footage of Ana Ruiz", "a video of Ruiz",
  /// a name of a person (or of no known kind) ending the phrase right after "of".
  private func recorded(in mention: Range<Int>) -> Int? {
    let lead = leadingPart(of: mention)
    guard lead.upperBound + 1 < mention.upperBound, tokens[lead.upperBound].lower == "of",
      let found = entities.mentions(overlapping: lead.upperBound + 1..<lead.upperBound + 2).first,
      found.tokens.lowerBound == lead.upperBound + 1, found.tokens.upperBound <= mention.upperBound,
      !(found.tokens.upperBound..<mention.upperBound).contains(where: { tokens.kind(at: $0) == .word })
    else { return nil }
    let kind = self.kind(of: found.entity)
    return kind == .organisation || kind == .group ? nil : found.entity
  }

  func isPlural(_ word: String) -> Bool {
    word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
      && !word.hasSuffix("’s") && !word.hasSuffix("'s") && NameClass.of(word).isDisjoint(with: [.roleNoun, .title])
  }
}
