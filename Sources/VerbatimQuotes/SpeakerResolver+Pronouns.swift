internal import VerbatimCore

/// Pronouns: "who" is the phrase it follows; "they" a plural phrase just before, else the nearest
/// organisation; "it" the nearest organisation; "he" and "she" the last speaker when recent and
/// compatible, else the nearest compatible person. Compatible means not an organisation and of
/// the pronoun's gender or of none known: the document's own evidence (a title, a gendered noun, a
/// pronoun already tied to the person) before the given name's usual gender. A pronoun that
/// resolves ties its gender to the person.
extension SpeakerResolver {
  /// How far back (in tokens) the last speaker still carries over to "he" or "she".
  static let speakerCarryOver = 120

  mutating func pronoun(_ word: String, at position: Int, previousSpeakers: [(position: Int, entity: Int)])
    -> Resolution
  {
    if word == "who" || word == "which" {
      // The phrase the relative pronoun follows: "Ruiz, who said", "members of all backgrounds who felt".
      var end = position
      if end > 0 && tokens[end - 1].lower == "," { end -= 1 }
      if let antecedent = phrases.subject(before: end, lower: max(0, end - 10)) {
        var resolution = resolve(antecedent, previousSpeakers: previousSpeakers, laterSpeakers: [])
        if resolution.rule != .unresolved { resolution.rule = .relativePronoun }
        return resolution
      }
      return Resolution(name: nil, type: .unknown, rule: .unresolvedPronoun, confidence: 0.3)
    }
    if SpeakerVocabulary.pluralPronouns.contains(word) {
      // "Harbour residents continued … because they felt": a plural phrase just before.
      var probe = position - 1
      while probe >= 0, probe >= position - 15, tokens[probe].lower != "." {
        let token = tokens[probe]
        if token.isWord, !token.isCapitalized,
          token.classes.contains(.groupNoun)
            || (token.lower.count > 3 && token.lower.hasSuffix("s") && !token.lower.hasSuffix("ss") && probe > 0
              && tokens[probe - 1].isCapitalized)
        {
          return Resolution(name: nil, type: .group, rule: .pluralPronounGroup, confidence: 0.6)
        }
        probe -= 1
      }
    }
    if SpeakerVocabulary.pluralPronouns.contains(word) || word == "it" {
      if let organisation = entities.recent(before: position).first(where: { kind(of: $0.entity) == .organisation }) {
        return named(organisation.entity, role: nil, rule: .pluralPronounOrganisation, confidence: 0.5)
      }
      return Resolution(name: nil, type: .group, rule: .pluralPronounOrganisation, confidence: 0.3)
    }
    guard let gender = SpeakerVocabulary.gender(ofPronoun: word) else {
      return Resolution(name: nil, type: .person, rule: .firstPerson, confidence: 0.3)
    }
    // The last speaker, if recent and compatible: the subject of reporting carries over, unless
    // the text has introduced someone since.
    if let last = lastSpeaker(before: position, previousSpeakers, gender) {
      if let introduced = newcomer(after: last.position, before: position, gender, not: last.entity) {
        tie(introduced.entity, gender: gender)
        return named(introduced.entity, role: nil, rule: .pronounIntroducedPerson, confidence: 0.7)
      }
      tie(last.entity, gender: gender)
      return named(last.entity, role: nil, rule: .pronounLastSpeaker, confidence: 0.8)
    }
    let spoken = Set(previousSpeakers.suffix(8).map(\.entity))
    let people = entities.recent(before: position).filter {
      isCompatible($0.entity, gender) && isPersonLike($0.entity, spoken: spoken)
    }
    if let nearest = people.first {
      let sure = self.gender(of: nearest.entity) == gender
      tie(nearest.entity, gender: gender)
      return named(
        nearest.entity, role: nil, rule: sure ? .pronounGenderMatch : .pronounNearestPerson,
        confidence: sure ? 0.8 : 0.6)
    }
    return Resolution(name: nil, type: .person, rule: .unresolvedPronoun, confidence: 0.3)
  }

  /// The last speaker a "he" or "she" can carry over to: the most recent, if compatible and
  /// recent; but when nothing shows it to be a person (no title, no gendered word, no given
  /// name, no pronoun tied to it: a brand or a company read as a name), an earlier recent speaker
  /// the document has shown to be a person of the pronoun's gender goes first.
  private func lastSpeaker(
    before position: Int, _ previousSpeakers: [(position: Int, entity: Int)], _ gender: SpeakerGender
  ) -> (position: Int, entity: Int)? {
    guard let last = previousSpeakers.last, position - last.position < Self.speakerCarryOver,
      isCompatible(last.entity, gender)
    else { return nil }
    if kind(of: last.entity) == .person || self.gender(of: last.entity) != nil
      || entities.entities[last.entity].role != nil
    {
      return last
    }
    for earlier in previousSpeakers.reversed().dropFirst() {
      guard position - earlier.position < Self.speakerCarryOver else { break }
      if earlier.entity != last.entity, self.gender(of: earlier.entity) == gender { return earlier }
    }
    return last
  }

  /// A person introduced since the last speaker: the first mention of a name of two words or more,
  /// opening a sentence after the last speaker's mention, outside any quotation or caption ("Ana
  /// Ruiz, who runs the works team, …"), not a possessive, shown to be a person, of the pronoun's
  /// gender or none known. A writer who brings in a new person and goes on with "he" or "she"
  /// means the new person. In the pronoun's own paragraph any mention of a person opening a
  /// sentence will do ("Ruiz agrees. “…,” she says."): the paragraph's subject has moved on.
  private func newcomer(after lastPosition: Int, before position: Int, _ gender: SpeakerGender, not last: Int)
    -> EntityTable.NameMention?
  {
    let block = tokens.block(at: position)
    for mention in entities.recent(before: position, limit: 12) {
      guard mention.tokens.lowerBound > lastPosition else { return nil }
      let sameBlock = tokens.block(at: mention.tokens.lowerBound) == block
      guard mention.entity != last,
        sameBlock
          || (entities.entities[mention.entity].introduced == mention.tokens.lowerBound
            && mention.name.count(where: { tokens.kind(at: $0) == .word }) >= 2),
        phrases.owner[mention.tokens.lowerBound] < 0,
        !entities.facts.isPossessive(mention.name.upperBound - 1),
        !styles.style(at: mention.tokens.lowerBound).isCaption,
        !styles.style(at: mention.tokens.lowerBound).isNotSpeech,
        isCompatible(mention.entity, gender),
        kind(of: mention.entity) == .person || self.gender(of: mention.entity) != nil,
        opensClause(mention.tokens.lowerBound, afterCue: false)
      else { continue }
      return mention
    }
    return nil
  }

  private func isCompatible(_ entity: Int, _ gender: SpeakerGender) -> Bool {
    let kind = self.kind(of: entity)
    guard kind != .organisation, kind != .group else { return false }
    let known = self.gender(of: entity)
    return known == nil || known == gender
  }

  /// Whether an entity can be a person "he" or "she" points to: shown to be one, or a name of
  /// two words that does not open with a word the document writes in lowercase ("New Leith"),
  /// or a name already quoted.
  private func isPersonLike(_ entity: Int, spoken: Set<Int>) -> Bool {
    if kind(of: entity) == .person || spoken.contains(entity) || gender(of: entity) != nil { return true }
    let words = entities.entities[entity].words
    return words.count >= 2 && !entities.facts.isWrittenLowercase(words[0])
  }
}
