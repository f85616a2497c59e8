internal import VerbatimCore

/// Resolves the speaker as written to who it is within the document: a name to its entity's
/// canonical name; a pronoun to the nearest compatible person (gender from titles and first
/// names, the last speaker preferred); "who" to the name before it; a role to the person named
/// with it ("shadow minister Nick Thomas-Symonds") or, failing that, the next person quoted; a
/// spokesperson to their organisation. Each resolution names its rule; where nothing fits the
/// name stays nil.
struct SpeakerResolver {
  let tokens: TokenList
  let entities: EntityTable
  let phrases: PhraseFinder

  struct Resolution {
    var entity: Int? = nil
    var name: String?
    var type: SpeakerType
    var rule: String
    var confidence: Double
  }

  func resolve(_ mention: Range<Int>, previousSpeakers: [(position: Int, entity: Int)], laterSpeakers: [Int])
    -> Resolution
  {
    let words = mention.filter { tokens[$0].isWord }.map { tokens[$0].lower }
    guard let head = words.last, let headToken = mention.last(where: { tokens[$0].isWord }) else {
      return Resolution(name: nil, type: .unknown, rule: "none", confidence: 0)
    }
    // Pronouns.
    if words.count == 1 && SpeakerVocabulary.isPronoun(head) {
      return pronoun(head, at: mention.lowerBound, previousSpeakers: previousSpeakers, laterSpeakers: laterSpeakers)
    }
    // Spokespeople speak for an organisation.
    if ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative"].contains(head) {
      if let organisation = organisationNamed(in: mention) {
        return Resolution(
          name: organisation, type: .organisation, rule: "spokesperson-of-organisation", confidence: 0.9)
      }
      if words.contains("party"), let party = mainParty() {
        return Resolution(name: party, type: .organisation, rule: "party-spokesperson", confidence: 0.7)
      }
      return Resolution(name: nil, type: .organisation, rule: "unnamed-spokesperson", confidence: 0.5)
    }
    let lowercaseHead = !tokens[headToken].isCapitalized
    // Groups: "sources", "Muslim journalists", "polls".
    if lowercaseHead && (SpeakerVocabulary.groupNouns.contains(head) || isPlural(head)) {
      return Resolution(name: nil, type: .group, rule: "group", confidence: 0.6)
    }
    // Names, including a role with its holder's name ("shadow minister Nick Thomas-Symonds").
    if !lowercaseHead, let entity = entities.entity(overlapping: leadingPart(of: mention)) {
      let found = entities.entities[entity]
      return Resolution(
        entity: entity, name: entities.name(of: entity), type: found.isOrganisation ? .organisation : .person,
        rule: found.isOrganisation ? "organisation-name" : "person-name", confidence: 0.95)
    }
    // Roles: by apposition anywhere in the document, else the next person quoted.
    if words.contains(where: { SpeakerVocabulary.roleNouns.contains($0) }) {
      if let person = apposition(for: words, near: mention.lowerBound) {
        return Resolution(
          entity: person, name: entities.name(of: person), type: .person, rule: "role-apposition",
          confidence: 0.85)
      }
      if let next = laterSpeakers.first {
        return Resolution(
          entity: next, name: entities.name(of: next), type: .person, rule: "role-next-named-speaker",
          confidence: 0.6)
      }
      return Resolution(name: nil, type: .person, rule: "unresolved-role", confidence: 0.4)
    }
    if let entity = entities.entity(overlapping: mention) {
      let found = entities.entities[entity]
      return Resolution(
        name: entities.name(of: entity), type: found.isOrganisation ? .organisation : .person,
        rule: found.isOrganisation ? "organisation-in-phrase" : "person-in-phrase", confidence: 0.7)
    }
    return Resolution(name: nil, type: .unknown, rule: "unresolved", confidence: 0.3)
  }

  /// The phrase before its first comma or bracket: "Ruth Okafor" of "Ruth Okafor, director of the
  /// Harbour Trust in Leith", "Mara Quill" of "state Sen. Mara Quill (D-Ore.)".
  private func leadingPart(of mention: Range<Int>) -> Range<Int> {
    guard let cut = mention.first(where: { [",", "("].contains(tokens[$0].lower) }), cut > mention.lowerBound else {
      return mention
    }
    return mention.lowerBound..<cut
  }

  private func isPlural(_ word: String) -> Bool {
    word.count > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
      && !SpeakerVocabulary.roleNouns.contains(word)
  }

  private func pronoun(
    _ word: String, at position: Int, previousSpeakers: [(position: Int, entity: Int)], laterSpeakers: [Int]
  ) -> Resolution {
    if word == "who" || word == "which" {
      // The phrase the relative pronoun follows: "Smith, who said", "members of all backgrounds who felt".
      var end = position
      if end > 0 && tokens[end - 1].lower == "," { end -= 1 }
      if let antecedent = phrases.subject(before: end, lower: max(0, end - 10)) {
        var resolution = resolve(antecedent, previousSpeakers: previousSpeakers, laterSpeakers: laterSpeakers)
        resolution.rule = "relative-pronoun-" + resolution.rule
        return resolution
      }
      return Resolution(name: nil, type: .unknown, rule: "unresolved-relative-pronoun", confidence: 0.3)
    }
    if SpeakerVocabulary.pluralPronouns.contains(word) {
      // "Labour supporters continued … because they felt": a plural phrase just before.
      var probe = position - 1
      while probe >= 0, probe >= position - 15, tokens[probe].lower != "." {
        let token = tokens[probe]
        if token.isWord, !token.isCapitalized,
          token.classes.contains(.groupNoun)
            || (token.lower.count > 3 && token.lower.endsWith("s") && !token.lower.endsWith("ss")
              && probe > 0 && tokens[probe - 1].isCapitalized)
        {
          return Resolution(name: nil, type: .group, rule: "plural-pronoun-group", confidence: 0.6)
        }
        probe -= 1
      }
    }
    if SpeakerVocabulary.pluralPronouns.contains(word) || word == "it" {
      if let organisation = entities.recent(before: position).first(where: { $0.entity.isOrganisation }) {
        return Resolution(
          name: entities.name(of: organisation.mention.entity), type: .organisation, rule: "plural-pronoun",
          confidence: 0.5)
      }
      return Resolution(name: nil, type: .group, rule: "plural-pronoun", confidence: 0.3)
    }
    let gender: SpeakerVocabulary.Gender? =
      SpeakerVocabulary.malePronouns.contains(word)
      ? .male : SpeakerVocabulary.femalePronouns.contains(word) ? .female : nil
    guard gender != nil else { return Resolution(name: nil, type: .person, rule: "first-person", confidence: 0.3) }
    func compatible(_ entity: EntityTable.Entity) -> Bool {
      !entity.isOrganisation && (entity.gender == nil || entity.gender == gender) && entity.words.count >= 1
    }
    // The last speaker, if recent and compatible: the subject of reporting carries over.
    if let last = previousSpeakers.last, position - last.position < 120, compatible(entities.entities[last.entity]) {
      return Resolution(
        name: entities.name(of: last.entity), type: .person, rule: "pronoun-last-speaker", confidence: 0.8)
    }
    let people = entities.recent(before: position).filter { compatible($0.entity) && isPersonLike($0.entity) }
    if let nearest = people.first {
      let sure = nearest.entity.gender == gender
      return Resolution(
        entity: nearest.mention.entity, name: entities.name(of: nearest.mention.entity), type: .person,
        rule: sure ? "pronoun-gender-match" : "pronoun-nearest-person", confidence: sure ? 0.8 : 0.6)
    }
    return Resolution(name: nil, type: .person, rule: "unresolved-pronoun", confidence: 0.3)
  }

  private func isPersonLike(_ entity: EntityTable.Entity) -> Bool {
    entity.words.count >= 2 || entity.gender != nil
  }

  /// An organisation named inside the phrase ("A Momentum spokesman").
  private func organisationNamed(in mention: Range<Int>) -> String? {
    guard let entity = entities.entity(overlapping: mention) else { return nil }
    return entities.name(of: entity)
  }

  /// The party a document is most about: the one it names most.
  private func mainParty() -> String? {
    var counts: [Int: Int] = [:]
    for mention in entities.mentions.prefix(2_000) where entities.entities[mention.entity].isOrganisation {
      let words = entities.entities[mention.entity].words
      if words.contains("party") || SpeakerVocabulary.parties.contains(words.joined(separator: " ")) {
        counts[mention.entity, default: 0] += 1
      }
    }
    guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return nil }
    // "Labour" and "the Labour Party" are the same party: prefer the fuller name.
    let words = entities.entities[best].words
    if let fuller = entities.entities.indices.first(where: {
      let entity = entities.entities[$0]
      return entity.isOrganisation && entity.words.count > words.count && entity.words.starts(with: words)
    }) {
      return entities.name(of: fuller)
    }
    return entities.name(of: best)
  }

  /// A person named right after or right before the role's words: "shadow minister Nick
  /// Thomas-Symonds", "Thomas-Symonds, the shadow minister".
  private func apposition(for words: [String], near position: Int) -> Int? {
    let role = words.filter { !Lexicon.determiners.contains($0) }
    guard !role.isEmpty else { return nil }
    for mention in entities.mentions(near: position, window: 3_000)
    where !entities.entities[mention.entity].isOrganisation {
      let start = mention.tokens.lowerBound
      if start >= role.count, (0..<role.count).allSatisfy({ tokens[start - role.count + $0].lower == role[$0] }) {
        return mention.entity
      }
      var after = mention.tokens.upperBound
      if after < tokens.count, tokens[after].lower == "," { after += 1 }
      if after < tokens.count, ["the", "a"].contains(tokens[after].lower) { after += 1 }
      if after + role.count <= tokens.count, (0..<role.count).allSatisfy({ tokens[after + $0].lower == role[$0] }) {
        return mention.entity
      }
    }
    return nil
  }
}
