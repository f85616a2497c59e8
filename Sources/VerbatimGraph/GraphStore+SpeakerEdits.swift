import VerbatimCore

extension GraphStore {
  /// Folds speaker `other` into `target`: claims, mentions, aliases and keys move, and the keys
  /// are pinned so documents ingested later follow the correction.
  public func mergeSpeakers(_ target: String, _ other: String) throws(StoreError) -> SpeakerRef {
    try write { db in
      let keep = try onlySpeaker(named: target, db)
      let gone = try onlySpeaker(named: other, db)
      guard keep.id != gone.id else { return keep }
      let registry = SpeakerRegistry(db: db)
      try db.execute("UPDATE speaker_key SET pinned = 1, how = 'manual' WHERE speakerID = \(gone.id)")
      try registry.fold(gone.id, into: keep.id, match: .manual)
      try registry.record(SpeakerKey(gone.name), for: keep.id, how: .manual, pinned: true)
      try db.execute("UPDATE speaker SET pinned = 1, surname = NULL WHERE id = \(keep.id)")
      return keep
    }
  }

  /// Takes the claims `speaker` was given under the name `alias` away into a speaker of their
  /// own, pinned so later documents keep them apart.
  public func splitSpeaker(_ speaker: String, alias: String) throws(StoreError) -> SpeakerRef {
    try write { db in
      let from = try onlySpeaker(named: speaker, db)
      let folded = ClaimWords(alias).normalized
      let claims = try db.rows("SELECT id, speakerName, speakerMention FROM claim WHERE speakerID = \(from.id)").filter
      {
        row in
        [row["speakerName"] as String?, row["speakerMention"] as String?].contains {
          $0.map { ClaimWords($0).normalized == folded } ?? false
        }
      }.map { $0["id"] as Int64 }
      guard !claims.isEmpty || folded == ClaimWords(from.name).normalized else {
        throw StoreError(path: path, reason: "no claim of \(from.name) was made under the name “\(alias)”")
      }
      let type = SpeakerType(
        rawValue: try db.value(String.self, "SELECT type FROM speaker WHERE id = \(from.id)") ?? "person")
      let id = try SpeakerRegistry(db: db).insertSpeaker(
        name: alias, type: type ?? .unknown, surname: nil, pinned: true)
      for claim in claims {
        try db.execute("UPDATE claim SET speakerID = \(id), speakerMatch = NULL WHERE id = \(claim)")
        try db.execute("UPDATE mention SET speakerID = \(id) WHERE claimID = \(claim)")
      }
      try db.execute(
        "UPDATE speaker_alias SET speakerID = \(id) WHERE speakerID = \(from.id) AND folded = \(folded)")
      try SpeakerRegistry(db: db).record(SpeakerKey(alias), for: id, how: .manual, pinned: true)
      return SpeakerRef(id: id, name: alias, type: type ?? .unknown)
    }
  }

  private func onlySpeaker(named name: String, _ db: any StoreDatabase) throws -> SpeakerRef {
    let ids = try speakerIDs(named: name, db)
    guard !ids.isEmpty else { throw StoreError(path: path, reason: "no speaker called “\(name)” in the store") }
    guard ids.count == 1 else {
      let names = try db.rows("SELECT id, name FROM speaker WHERE id\(in: ids) ORDER BY id").map {
        "#\($0["id"] as Int64) \($0["name"] as String)"
      }
      throw StoreError(
        path: path,
        reason: "“\(name)” could be \(names.joined(separator: ", ")); name one by its number, as #12")
    }
    return try ref(ids[0], db) ?? SpeakerRef(id: ids[0], name: name)
  }
}
