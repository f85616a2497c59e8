import VerbatimCore

/// Finds or creates the store's speaker for each name resolved within one document: a full name
/// (or an organisation's name, or a name a people file lists) by its key; a surname alone joins
/// the one fully named person of that surname in the store, else stays a speaker of its own
/// (see `SpeakerRegistry`). Records the names and roles each speaker was given.
struct SpeakerDirectory {
  let registry: SpeakerRegistry
  /// Speakers already decided for this document, by name as resolved.
  private var decided: [String: SpeakerRegistry.Link] = [:]
  /// Speakers known only by the source's reference, by reference.
  private var unnamed: [String: SpeakerRegistry.Link] = [:]

  init(db: any StoreDatabase) { registry = SpeakerRegistry(db: db) }

  /// The speaker of each claim (nil when it has no name), full names first so a surname in the
  /// same document can use them.
  mutating func resolve(_ claims: [GraphClaim]) throws -> [SpeakerRegistry.Link?] {
    var names: [(name: String, type: SpeakerType)] = []
    var references: [String: String] = [:]
    var seen = Set<String>()
    for claim in claims {
      if let name = claim.speakerName, let reference = claim.speakerIdentifier { references[name] = reference }
      guard let name = claim.speakerName, seen.insert(name).inserted else { continue }
      names.append((name, claim.speakerType))
    }
    let trusted = names.filter { SpeakerKey($0.name).isFull || $0.type != .person }
    for (name, type) in trusted + names.filter({ !SpeakerKey($0.name).isFull && $0.type == .person }) {
      var link = try speaker(named: name, type: type)
      if let reference = references[name] { link = try registry.identify(link, by: reference) }
      decided[name] = link
    }
    var links: [SpeakerRegistry.Link?] = []
    var aliases: [Use: Int] = [:]
    var roles: [Use: Int] = [:]
    for claim in claims {
      // A turn whose speaker the reader could not name keeps the source's reference.
      if claim.speakerName == nil, let reference = claim.speakerIdentifier {
        let link = try unnamed[reference] ?? registry.speaker(identifiedBy: reference)
        unnamed[reference] = link
        links.append(link)
        continue
      }
      guard let name = claim.speakerName, let link = decided[name] else {
        links.append(nil)
        continue
      }
      aliases[Use(speaker: link.id, text: name), default: 0] += 1
      if let written = claim.speakerMention, Self.isNameLike(written) {
        aliases[Use(speaker: link.id, text: written), default: 0] += 1
      }
      if let role = claim.speakerRole { roles[Use(speaker: link.id, text: role), default: 0] += 1 }
      links.append(link)
    }
    // In a fixed order, the best-written form of a name first (the first form stored is the one
    // shown), so every run and every backend stores the same.
    for (use, count) in aliases.sorted(by: Use.writtenBetter) {
      try registry.addAlias(use.text, to: use.speaker, count: count)
    }
    for (use, count) in roles.sorted(by: Use.writtenBetter) {
      try registry.addRole(use.text, to: use.speaker, count: count)
    }
    return links
  }

  /// A name or role given to a speaker in this document.
  private struct Use: Hashable {
    var speaker: Int64
    var text: String

    /// By speaker, then names not in capitals before those in capitals, then by text.
    static func writtenBetter(_ a: (key: Use, value: Int), _ b: (key: Use, value: Int)) -> Bool {
      let (x, y) = (a.key, b.key)
      if x.speaker != y.speaker { return x.speaker < y.speaker }
      let (capitalsX, capitalsY) = (SpeakerRegistry.isCapitals(x.text), SpeakerRegistry.isCapitals(y.text))
      if capitalsX != capitalsY { return !capitalsX }
      return x.text < y.text
    }
  }

  private func speaker(named name: String, type: SpeakerType) throws -> SpeakerRegistry.Link {
    let key = SpeakerKey(name, organisation: type == .organisation)
    if let found = try registry.lookup(key) {
      try registry.improveName(of: found.id, with: key.displayName)
      return found
    }
    if !key.isFull, type == .person, let surname = key.surname {
      // The one full name of this surname in the document itself, else in the store.
      let here = decided.filter { SpeakerKey($0.key).isFull && SpeakerKey($0.key).surname == surname }
      if Set(here.values.map(\.id)).count == 1, let link = here.values.first {
        return SpeakerRegistry.Link(id: link.id, match: .surname)
      }
      let namesakes = try registry.namesakes(surname: surname, type: type, limit: 2)
      if namesakes.count == 1 { return SpeakerRegistry.Link(id: namesakes[0], match: .surname) }
    }
    let id = try registry.create(key, name: key.displayName.isEmpty ? name : key.displayName, type: type)
    return SpeakerRegistry.Link(id: id, match: key.isFull || type == .organisation ? .fullName : nil)
  }

  /// Whether words as written are a name ("Mr Ali", "Councillor Ali") rather than a pronoun or a
  /// description ("he", "a party spokesperson").
  static func isNameLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard !words.isEmpty, words.count <= 5 else { return false }
    if words.count == 1, SpeakerKey.titles.contains(words[0].lowercased()) { return false }
    let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "who", "you", "his", "her", "their"]
    if words.count == 1 && pronouns.contains(words[0].lowercased()) { return false }
    let particles: Set<Substring> = ["de", "van", "von", "bin", "al", "la", "le", "du", "da", "der", "of"]
    return words.allSatisfy { word in
      particles.contains(word) || (word.first?.isUppercase ?? false)
    } && !["A", "An", "The"].contains(words[0])
  }
}
