public import VerbatimCore

extension GraphStore {
  /// Pins the identities a people file gives, in one transaction: each person is one speaker
  /// under their name, with their role, type and Wikidata id; their name and aliases are keys
  /// no automatic rule moves, so documents ingested later join them (`full-name`, `alias`).
  /// Speakers already in the store under one of those names (or waiting under a surname the
  /// file gives as an alias) are folded in. Returns each person's speaker, in the file's order.
  @discardableResult
  public func pin(_ people: [KnownPerson]) throws(StoreError) -> [SpeakerRef] {
    try write { db in
      let registry = SpeakerRegistry(db: db)
      return try people.map { person in
        let organisation = person.type == .organisation
        let key = SpeakerKey(person.name, organisation: organisation)
        let names =
          [(key, SpeakerMatch.fullName)]
          + person.aliases.map { (SpeakerKey($0, organisation: organisation), SpeakerMatch.alias) }
        var existing: [(id: Int64, match: SpeakerMatch)] = []
        for (key, how) in names {
          if let found = try registry.lookup(key) { existing.append((found.id, how)) }
          if !key.isFull, !organisation, let surname = key.surname {
            existing += try registry.waiting(surname: surname, type: person.type).map { ($0, how) }
          }
        }
        for identifier in person.identifiers {
          if let found = try registry.identified(by: identifier) { existing.append((found, .alias)) }
        }
        let id: Int64
        if let first = existing.first {
          id = first.id
        } else {
          id = try registry.insertSpeaker(name: person.name, type: person.type, surname: nil)
        }
        for other in existing where other.id != id { try registry.fold(other.id, into: id, match: other.match) }
        try db.execute(
          """
          UPDATE speaker SET name = \(person.name), type = \(person.type.rawValue), role = \(person.role),
            wikidata = \(person.wikidata), pinned = 1, surname = NULL WHERE id = \(id)
          """)
        for (key, how) in names { try registry.record(key, for: id, how: how, pinned: true) }
        for name in [person.name] + person.aliases { try registry.addAlias(name, to: id, count: 0) }
        for identifier in person.identifiers { try registry.record(identifier: identifier, for: id) }
        if key.isFull && !organisation { try registry.settleSurname(of: id, key: key, type: person.type) }
        return SpeakerRef(id: id, name: person.name, type: person.type, wikidata: person.wikidata)
      }
    }
  }
}
