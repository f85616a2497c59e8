import VerbatimCore

/// Brings a store made before speaker identity to it, once, inside its migration: keys are
/// made again from the speakers' names the way `SpeakerKey` folds them now (a hyphenated
/// surname is one word, so "Thomas-Symonds" is a surname alone, not a full name); speakers whose
/// names now share a key become one; speakers named by a surname alone wait under it, and join
/// the one fully named person of that surname when there is one. Pinned keys (an editor's
/// corrections) are kept as they are.
struct SpeakerIdentityUpgrade {
  let db: any StoreDatabase

  func run() throws {
    let registry = SpeakerRegistry(db: db)
    try db.execute("DELETE FROM speaker_key WHERE pinned = 0")
    let pinnedSpeakers = Set(try db.values(Int64.self, "SELECT speakerID FROM speaker_key WHERE pinned = 1"))
    let speakers = try db.rows("SELECT id, name, type FROM speaker ORDER BY id").map { row in
      (id: row["id"] as Int64, name: row["name"] as String, type: SpeakerType(rawValue: row["type"]) ?? .unknown)
    }
    var surnameOnly: [(id: Int64, surname: String, type: SpeakerType)] = []
    for speaker in speakers {
      let key = SpeakerKey(speaker.name, organisation: speaker.type == .organisation)
      if key.isFull || speaker.type == .organisation {
        if let existing = try registry.lookup(key), existing.id != speaker.id {
          try registry.fold(speaker.id, into: existing.id, match: .fullName)
          try registry.improveName(of: existing.id, with: speaker.name)
        } else {
          try registry.record(key, for: speaker.id, how: .fullName, pinned: false)
        }
      } else if speaker.type == .person, let surname = key.surname, !pinnedSpeakers.contains(speaker.id) {
        try db.execute("UPDATE speaker SET surname = \(surname) WHERE id = \(speaker.id)")
        surnameOnly.append((speaker.id, surname, speaker.type))
      }
    }
    for speaker in surnameOnly {
      let namesakes = try registry.namesakes(surname: speaker.surname, type: speaker.type, limit: 2)
      if namesakes.count == 1 { try registry.fold(speaker.id, into: namesakes[0], match: .surname) }
    }
  }
}
