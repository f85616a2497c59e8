internal import VerbatimCore

/// Resolves the speaker as written to who it is within the document. The phrase's head decides:
/// a name is its entity (the fullest name, a shared surname to the one mentioned last, less
/// sure); a pronoun the last compatible speaker or person (gender from the document first, then
/// the given name); "who" the phrase before it; a role ("the senator") the person the document
/// last tied it to; "the company" the organisation last tied to it; a spokesperson their
/// organisation; a collective, a text or a description keeps no name. Words in a caption, a credit
/// or a byline are no one's. Each resolution names its `SpeakerRule`.
struct SpeakerResolver {
  let tokens: TokenList
  let entities: EntityTable
  let phrases: PhraseFinder
  var styles: BlockStyles { entities.styles }
  /// What resolving shows about entities: a gender tied by "he" or "she", a person by a
  /// pronoun, an organisation by its spokesperson.
  private(set) var tiedGender: [Int: SpeakerGender] = [:]
  private(set) var shownKind: [Int: EntityKind] = [:]

  init(tokens: TokenList, entities: EntityTable, phrases: PhraseFinder) {
    self.tokens = tokens
    self.entities = entities
    self.phrases = phrases
  }

  struct Resolution {
    var entity: Int? = nil
    var name: String?
    var type: SpeakerType
    var role: String? = nil
    var rule: SpeakerRule
    var confidence: Double
  }

  /// The speaker `mention` names, for a quotation that starts in block `quoteBlock` (nil: the
  /// same block).
  mutating func resolve(
    _ mention: Range<Int>, previousSpeakers: [(position: Int, entity: Int)], laterSpeakers: [Int],
    quoteBlock: Int? = nil
  ) -> Resolution {
    let words = mention.filter { tokens.kind(at: $0) == .word }
    guard let headIndex = words.last else {
      return Resolution(name: nil, type: .unknown, rule: .unresolved, confidence: 0)
    }
    let style = styles.style(at: mention.lowerBound)
    let block = tokens.block(at: mention.lowerBound)
    if style.isNotSpeech || (style.datelineEnd.map { mention.lowerBound < $0 } ?? false)
      || (style.isCaption && quoteBlock.map { $0 != block } ?? false)
    {
      return Resolution(name: nil, type: .unknown, rule: .notASpeaker, confidence: 0.2)
    }
    if words.count == 1 && SpeakerVocabulary.isPronoun(tokens[headIndex].lower) {
      return pronoun(tokens[headIndex].lower, at: mention.lowerBound, previousSpeakers: previousSpeakers)
    }
    if let person = nameBefore(mention) {
      var resolution = resolution(for: person, in: mention)
      resolution.role = appositionRole(mention) ?? resolution.role
      if !person.isAmbiguous { resolution.rule = .nameBeforeRole }
      // "America Rising, a political action committee": a name the phrase shows to be an organisation.
      if kind(of: person.entity) == .unknown, let head = leadingPart(of: mention).last,
        NameClass.of(tokens[head].lower).contains(.organisationNoun)
      {
        resolution.type = .organisation
      }
      resolution.confidence = min(resolution.confidence, 0.85)
      return resolution
    }
    let lead = leadingPart(of: mention)
    let names = entities.mentions(overlapping: lead).filter { $0.tokens.overlaps(lead) }
    // A name heads the phrase, unless a noun after it does ("the Ruiz campaign", "Vidal's aide").
    if let named = names.last {
      // "said Leith University professor Ana Ruiz", the phrase found being "Leith University";
      // "according to Leith University's Head of Research, Ana Ruiz": roles in capitals after an
      // organisation's name lead to the person named next.
      let rest = (min(named.tokens.upperBound, mention.upperBound)..<mention.upperBound).filter {
        tokens.kind(at: $0) == .word
      }
      // "says Co-Founder, Ana Ruiz": a role in capitals read as a name, then the person.
      let words = entities.entities[named.entity].words
      if kind(of: named.entity) == .unknown, words.count == 1,
        !NameClass.of(words[0]).isDisjoint(with: .roleWord), let person = appositionName(after: mention)
      {
        tie(person, gender: nil)
        return self.named(person, role: entities.roleText(mention), rule: .roleApposition, confidence: 0.8)
      }
      if kind(of: named.entity) != .person, rest.allSatisfy({ tokens[$0].isCapitalized }) {
        if let person = nameAfter(mention) {
          var resolution = resolution(for: person, in: mention)
          resolution.rule = .roleApposition
          resolution.role = entities.roleText(mention.lowerBound..<person.name.lowerBound)
          return resolution
        }
        if let last = rest.last, !entities.facts.classes(last).isDisjoint(with: .roleWord),
          let person = appositionName(after: mention)
        {
          tie(person, gender: nil)
          return self.named(person, role: entities.roleText(mention), rule: .roleApposition, confidence: 0.85)
        }
      }
      if let noun = nounAfter(named.tokens.upperBound, in: lead) {
        return described(mention, head: noun, owner: named, laterSpeakers: laterSpeakers)
      }
      return resolution(for: named, in: mention)
    }
    guard let head = lead.last(where: { tokens.kind(at: $0) == .word }) else {
      return Resolution(name: nil, type: .unknown, rule: .unresolved, confidence: 0.3)
    }
    // "says Harbour Events Founder and Lead Planner Ana Ruiz", the phrase found ending at its
    // first role: the person the roles lead to.
    if tokens[head].isCapitalized || !entities.facts.classes(head).isDisjoint(with: .roleWord),
      let person = nameAfter(mention)
    {
      var resolution = resolution(for: person, in: mention)
      resolution.rule = .roleApposition
      resolution.role = entities.roleText(mention.lowerBound..<person.name.lowerBound)
      return resolution
    }
    return described(mention, head: head, owner: nil, laterSpeakers: laterSpeakers)
  }

  /// The resolution of a name the phrase is headed by.
  private func resolution(for named: EntityTable.NameMention, in mention: Range<Int>) -> Resolution {
    let entity = named.entity
    let kind = self.kind(of: entity)
    let rule: SpeakerRule =
      named.isAmbiguous
      ? .ambiguousSurname : kind == .organisation ? .organisationName : kind == .person ? .personName : .name
    let role = named.role.map(entities.roleText) ?? entities.role(of: entity)
    // A name that speaks with no sign of an organisation or a group is a person's.
    return Resolution(
      entity: entity, name: entities.name(of: entity), type: kind == .unknown ? .person : type(of: kind), role: role,
      rule: rule,
      confidence: named.isAmbiguous ? 0.6 : 0.95)
  }

  /// What the entity has been shown to be, in the table and while resolving.
  func kind(of entity: Int) -> EntityKind {
    let known = entities.entities[entity].kind
    return known == .unknown ? shownKind[entity] ?? .unknown : known
  }

  /// The speaker type of an entity of `kind`.
  func type(of kind: EntityKind) -> SpeakerType {
    switch kind {
    case .person: .person
    case .organisation: .organisation
    case .group: .group
    case .unknown: .unknown
    }
  }

  /// The gender of an entity: tied by a pronoun or given by the document, else its given name's.
  func gender(of entity: Int) -> SpeakerGender? {
    let known = entities.entities[entity]
    return known.gender ?? tiedGender[entity] ?? known.nameGender
  }

  mutating func tie(_ entity: Int, gender: SpeakerGender?) {
    if let gender, entities.entities[entity].gender == nil { tiedGender[entity] = gender }
    if entities.entities[entity].kind == .unknown { shownKind[entity] = .person }
  }

  mutating func showOrganisation(_ entity: Int) {
    if entities.entities[entity].kind == .unknown { shownKind[entity] = .organisation }
  }

  /// The phrase before its first comma, bracket or preposition outside a name: "Ruth Okafor" of
  /// "Ruth Okafor, director of the Harbour Trust", "Mara Quill" of "Sen. Mara Quill (D-Ore.)",
  /// "A spokesperson" of "A spokesperson for the council".
  func leadingPart(of mention: Range<Int>) -> Range<Int> {
    var index = mention.lowerBound
    while index < mention.upperBound {
      let token = tokens[index]
      if index > mention.lowerBound,
        token.lower == "," || token.lower == "(" || token.lower == "—"
          || (token.isWord && !token.isCapitalized
            && ["of", "for", "at", "from", "with", "in", "on", "who"].contains(
              token.lower)
            && !insideName(index))
      {
        return mention.lowerBound..<index
      }
      index += 1
    }
    return mention
  }

  private func insideName(_ index: Int) -> Bool {
    entities.mentions(overlapping: index..<index + 1).contains { $0.name.contains(index) }
  }

  /// The noun that heads a phrase after a name ("campaign" of "the Ruiz campaign", "aide" of
  /// "Vidal's senior aide"): the last of at most three lowercase words that end the phrase, when
  /// it is a role, a collective, a text or an organisation and no determiner or verb comes first.
  private func nounAfter(_ start: Int, in lead: Range<Int>) -> Int? {
    let tail = (min(start, lead.upperBound)..<lead.upperBound).filter { tokens.kind(at: $0) == .word }
    guard let last = tail.last, tail.count <= 3 else { return nil }
    for index in tail {
      let token = tokens[index]
      if token.isCapitalized || token.classes.contains(.determiner) || token.classes.isCue
        || token.classes.contains(.boundary)
      {
        return nil
      }
    }
    let classes = NameClass.of(tokens[last].lower)
    let nouns: NameClass = [.roleNoun, .title, .spokesperson, .groupNoun, .documentNoun, .organisationNoun]
    return classes.isDisjoint(with: nouns) ? nil : last
  }
}
