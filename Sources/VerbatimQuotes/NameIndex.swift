/// The lookups that link a name to an entity already seen, each in constant time however many
/// entities the document has: by all the name's words, by surname (with the person of each
/// gender mentioned last), by given name, and by an organisation's shorter name ("Harbour Trust"
/// for "Leith Harbour Trust Ltd" is not one; "Labour" for "Labour Party" is).
struct NameIndex {
  /// The people (and unknowns) with one surname, and which of them was mentioned last.
  struct Surname {
    /// The first person with the surname, and the others (no array for the usual one person).
    var first: Int
    var others: [Int] = []
    var last: Int?
    var lastMale: Int?
    var lastFemale: Int?

    var count: Int { 1 + others.count }

    /// The people listed last, most recent first, at most `limit`.
    func latest(_ limit: Int) -> [Int] {
      others.isEmpty ? [first] : Array(([first] + others.suffix(limit)).suffix(limit).reversed())
    }
  }

  /// A match: the entity, and whether another of the document's people has the same surname.
  struct Match {
    var entity: Int
    var isAmbiguous: Bool
  }

  private var byWords: [String: Int] = [:]
  private var surnames: [String: Surname] = [:]
  private var givenNames: [String: (entity: Int, count: Int)] = [:]
  private var middleNames: [String: (entity: Int, count: Int)] = [:]
  /// The surnames and given names of every name of two words or more in the document.
  var fullNameWords = Set<String>()
  let facts: SpellingFacts

  /// How many of the people with a surname are compared with a new full name.
  static let comparedNamesakes = 8

  init(facts: SpellingFacts) {
    self.facts = facts
    // Room for the names of a typical article, so that the tables rarely grow.
    byWords.reserveCapacity(64)
    surnames.reserveCapacity(64)
    givenNames.reserveCapacity(32)
  }

  /// The entity a name refers to, among `entities`, if one was seen.
  func match(
    _ words: [String], kind: EntityKind, gender: SpeakerGender?, titled: Bool, in entities: [EntityTable.Entity]
  ) -> Match? {
    let key = words.count == 1 ? words[0] : words.joined(separator: " ")
    let surname = words[words.count - 1]
    // A surname alone: the person with it mentioned last (of the title's gender).
    if words.count == 1, kind != .organisation, kind != .group, let slot = surnames[surname],
      let chosen = choose(in: slot, gender: gender, entities)
    {
      // Ambiguous unless the title's gender leaves one of them.
      let ambiguous =
        slot.count > 1
        && (gender == nil || slot.latest(Self.comparedNamesakes).filter { compatible(entities[$0], gender) }.count > 1)
      return Match(entity: chosen, isAmbiguous: ambiguous)
    }
    if let exact = byWords[key] { return Match(entity: exact, isAmbiguous: false) }
    // "Labour Party" after "Labour": an organisation's name without its trailing organisation words.
    if kind == .organisation, words.count > 1 {
      var end = words.count
      while end > 1, !NameClass.of(words[end - 1]).isDisjoint(with: [.organisationWord, .companySuffix]) {
        end -= 1
        if let shorter = byWords[words[..<end].joined(separator: " ")], entities[shorter].kind == .organisation {
          return Match(entity: shorter, isAmbiguous: false)
        }
      }
    }
    // "HCA Healthcare" after "HCA": an organisation named by its initials first.
    if kind == .organisation || (kind == .unknown && !endsInCommonWord(words)), words.count > 1,
      isInitials(words[0]), let shorter = byWords[words[0]],
      entities[shorter].kind == .organisation
    {
      return Match(entity: shorter, isAmbiguous: false)
    }
    if kind == .organisation || kind == .group { return nil }
    if words.count == 1 {
      // A given or middle name alone ("Ana" for "Ana Ruiz"), or a family name written first
      // ("Ms. Lin" for "Lin Wei") after a title: of one person only.
      if let given = givenNames[surname], given.count == 1, compatible(entities[given.entity], gender),
        titled || NameClass.of(surname).contains(.givenName) || entities[given.entity].kind == .person
      {
        return Match(entity: given.entity, isAmbiguous: false)
      }
      // A name between the given name and the surname, of one person only: a second family
      // name ("Ms. Ruiz" for "Ana Ruiz Vega") or a given name of two words ("Min" for "Seo Min
      // Park"). Alone it is that person's, not someone new.
      // Not the middle of "The Ana Ruiz Show": a name ending in a word the document writes in
      // lowercase is a title or an organisation's.
      if let middle = middleNames[surname], middle.count == 1, compatible(entities[middle.entity], gender),
        titled || !endsInCommonWord(entities[middle.entity].words)
      {
        return Match(entity: middle.entity, isAmbiguous: false)
      }
      return nil
    }
    // A fuller or another form of a name seen before: "Ana Ruiz" after "Ruiz", "Ana M. Ruiz"
    // after "Ana Ruiz", "von der Heide" after "Ursula von der Heide".
    guard let slot = surnames[surname] else { return nil }
    for entity in slot.latest(Self.comparedNamesakes) {
      let known = entities[entity]
      guard known.kind != .organisation, known.kind != .group, compatible(known, gender) else { continue }
      if known.words.count == 1 || sameName(known.words, words) {
        return Match(entity: entity, isAmbiguous: slot.count > 1)
      }
    }
    return nil
  }

  /// Whether two forms of a name are one person's: one ends with the other ("von der Heide"),
  /// or the given names agree, one perhaps an initial of the other ("A. Ruiz", "Ana M. Ruiz").
  private func sameName(_ known: [String], _ words: [String]) -> Bool {
    let (shorter, longer) = known.count <= words.count ? (known, words) : (words, known)
    if longer.suffix(shorter.count).elementsEqual(shorter) { return true }
    guard let a = shorter.first, let b = longer.first else { return false }
    return a == b || (a.count == 1 && b.hasPrefix(a)) || (b.count == 1 && a.hasPrefix(b))
  }

  private func compatible(_ entity: EntityTable.Entity, _ gender: SpeakerGender?) -> Bool {
    guard let gender, let known = entity.gender ?? entity.nameGender else { return true }
    return known == gender
  }

  /// The person with the surname a title's gender agrees with, mentioned last.
  private func choose(in slot: Surname, gender: SpeakerGender?, _ entities: [EntityTable.Entity]) -> Int? {
    switch gender {
    case .male?: if let male = slot.lastMale { return male }
    case .female?: if let female = slot.lastFemale { return female }
    case nil: if let last = slot.last { return last }
    }
    if let last = slot.last, compatible(entities[last], gender) { return last }
    return slot.latest(Self.comparedNamesakes).first { compatible(entities[$0], gender) }
  }

  /// Indexes an entity under its words (again when its name grows).
  mutating func add(_ entity: Int, words: [String], kind: EntityKind) {
    let key = words.count == 1 ? words[0] : words.joined(separator: " ")
    if words.count > 1 || byWords[key] == nil { byWords[key] = entity }
    // "HCA" for "HCA Healthcare": initials that open a name that is no one's known person.
    if kind == .organisation || (kind == .unknown && !endsInCommonWord(words)), words.count > 1,
      isInitials(words[0]), byWords[words[0]] == nil
    {
      byWords[words[0]] = entity
    }
    switch kind {
    case .organisation:
      // "Labour" for "Labour Party": the name without its trailing organisation words.
      var end = words.count
      while end > 1, !NameClass.of(words[end - 1]).isDisjoint(with: [.organisationWord, .companySuffix]) {
        end -= 1
        let shorter = words[..<end].joined(separator: " ")
        if byWords[shorter] == nil { byWords[shorter] = entity }
      }
    case .group:
      break
    case .person, .unknown:
      let surname = words[words.count - 1]
      addSurname(surname, entity)
      // "al-Amin" is also "Amin".
      if surname.utf8.prefix(5).contains(where: { $0 == 0x2D || $0 == 0x27 || $0 == 0xE2 }) {
        for particle in Lexicon.joinedParticles where surname.hasPrefix(particle) && surname.count > particle.count + 1
        {
          addSurname(String(surname.dropFirst(particle.count)), entity)
        }
      }
      // Given names ("Ana" of "Ana Ruiz"), and the names between the given name and the surname.
      if words.count > 1 { Self.count(words[0], entity, in: &givenNames) }
      for middle in words.dropFirst().dropLast() where middle.count > 1 { Self.count(middle, entity, in: &middleNames) }
    }
  }

  /// Counts the people a name word belongs to (one remembered).
  private static func count(_ word: String, _ entity: Int, in table: inout [String: (entity: Int, count: Int)]) {
    if let known = table[word] {
      if known.entity != entity { table[word] = (known.entity, known.count + 1) }
    } else {
      table[word] = (entity, 1)
    }
  }

  /// Whether a name's last word is one the document also writes in lowercase ("The Ana Ruiz Show",
  /// "HP Way"): a title or a slogan more than a name.
  private func endsInCommonWord(_ words: [String]) -> Bool {
    words.count > 1 && facts.isWrittenLowercase(words[words.count - 1])
  }

  /// Whether a word is an organisation's initials ("hca", "g-iii"): short, and written in capitals.
  private func isInitials(_ word: String) -> Bool {
    word.utf8.count <= 5 && facts.isWrittenInCapitals(word)
  }

  /// Lists an entity under a surname once (a name that grows is indexed again: it is then among
  /// the last listed).
  private mutating func addSurname(_ surname: String, _ entity: Int) {
    guard let slot = surnames.index(forKey: surname) else {
      surnames[surname] = Surname(first: entity)
      return
    }
    let known = surnames.values[slot]
    if known.first == entity || known.others.suffix(Self.comparedNamesakes).contains(entity) { return }
    surnames.values[slot].others.append(entity)
  }

  /// Notes that an entity was just mentioned, for the surname lookups that follow.
  mutating func mentioned(_ entity: Int, gender: SpeakerGender?, words: [String]) {
    guard let surname = words.last, let slot = surnames.index(forKey: surname) else { return }
    surnames.values[slot].last = entity
    if gender == .male { surnames.values[slot].lastMale = entity }
    if gender == .female { surnames.values[slot].lastFemale = entity }
  }

  /// Whether a lone capitalised word opening a sentence is a name: the surname or given name of
  /// someone the document names in full, or a word the document never writes in lowercase and no
  /// list knows as anything else (not "Asked", "Meanwhile", "Speaking").
  func acceptsLoneWord(_ token: Token, _ word: String) -> Bool {
    if fullNameWords.contains(word) { return true }
    guard word.unicodeScalars.count >= 2, !facts.isWrittenLowercase(word) else { return false }
    let notNames: WordClass = [
      .strongCue, .weakCue, .pronoun, .skippable, .boundary, .determiner, .notName, .timeWord, .preposition,
      .functionWord, .opener, .indefinite, .according,
    ]
    guard token.classes.isDisjoint(with: notNames),
      NameClass.of(word).isDisjoint(with: [.roleNoun, .documentNoun, .groupNoun, .organisationNoun])
    else { return false }
    return !(word.hasSuffix("ing") || word.hasSuffix("ly") || word.hasSuffix("ed"))
  }
}
