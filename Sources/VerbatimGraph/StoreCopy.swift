/// Copies a whole store into an empty one, whichever the backends: every table in key order,
/// in batches, inside one read of the source (a consistent snapshot, even while others write)
/// and one transaction of the target (which holds nothing of it if anything fails). Before the
/// target commits, each table's rows are counted on both sides.
public struct StoreCopy {
  public let source: GraphStore
  public let target: GraphStore
  /// Rows read from the source at a time.
  public var batch = 2000

  public init(from source: GraphStore, to target: GraphStore) {
    self.source = source
    self.target = target
  }

  /// How many rows of each table were copied, in `StoreTables.all` order.
  public struct Summary: Sendable {
    public var rows: [(table: String, count: Int)]

    public func count(_ table: String) -> Int { rows.first { $0.table == table }?.count ?? 0 }
  }

  /// Copies; `progress` hears each table's running count.
  public func run(progress: (String, Int) -> Void = { _, _ in }) throws(StoreError) -> Summary {
    let sourceVersion = try source.backend.appliedMigrations()
    let targetVersion = try target.backend.appliedMigrations()
    guard sourceVersion == targetVersion else {
      throw StoreError(
        path: source.path,
        reason:
          "its schema (\(sourceVersion.count) migrations) is not the target's (\(targetVersion.count)); open both with this verbatim first"
      )
    }
    let existing = try target.counts()
    guard existing.documents == 0 && existing.claims == 0 && existing.speakers == 0 else {
      throw StoreError(
        path: target.path,
        reason: "the target already holds \(existing.documents) documents; copy into an empty store")
    }
    let targetPath = target.path
    return try source.read { from in
      try target.write { to in
        var rows: [(String, Int)] = []
        for table in StoreTables.all {
          let copied = try copy(table, from: from, to: to, progress: progress)
          let there = try to.value(Int.self, "SELECT count(*) FROM \(raw: table.name)") ?? 0
          let here = try from.value(Int.self, "SELECT count(*) FROM \(raw: table.name)") ?? 0
          guard copied == here && there == here else {
            throw StoreError(
              path: targetPath, reason: "\(table.name): \(there) rows copied of \(here); nothing was written")
          }
          rows.append((table.name, copied))
        }
        for statement in to.dialect.rebuildClaimIndex { try to.execute(statement) }
        if let refresh = to.dialect.refreshStatistics(of: StoreTables.all.map(\.name)) { try to.execute(refresh) }
        return Summary(rows: rows)
      }
    }
  }

  /// One table, batch by batch after the last key copied; returns how many rows.
  private func copy(
    _ table: StoreTables.Table, from: any StoreDatabase, to: any StoreDatabase, progress: (String, Int) -> Void
  ) throws -> Int {
    let columns = try from.values(String.self, from.dialect.columns(of: table.name))
    let wanted = Set(try to.values(String.self, to.dialect.columns(of: table.name)).map { $0.lowercased() })
    guard Set(columns.map { $0.lowercased() }) == wanted else {
      throw StoreError(path: target.path, reason: "\(table.name) has other columns in the two stores")
    }
    let names = columns.map { $0.lowercased() == "column" ? "\"column\"" : $0 }.joined(separator: ", ")
    let key = table.key.joined(separator: ", ")
    let perInsert = max(1, min(500, to.dialect.maxArguments / columns.count))
    var last: [StoreValue]?
    var copied = 0
    while true {
      var query: SQL = "SELECT \(raw: names) FROM \(raw: table.name)"
      if let last {
        var after: SQL = " WHERE (\(raw: key)) > ("
        for (index, value) in last.enumerated() { after = after + (index == 0 ? "" : ", ") + "\(value)" }
        query = query + after + ")"
      }
      let rows = try from.rows(query + " ORDER BY \(raw: key) LIMIT \(batch)")
      guard !rows.isEmpty else { return copied }
      for start in stride(from: 0, to: rows.count, by: perInsert) {
        var insert: SQL = "INSERT INTO \(raw: table.name)(\(raw: names)) VALUES "
        for (index, row) in rows[start..<min(rows.count, start + perInsert)].enumerated() {
          insert += index == 0 ? "(" : ", ("
          for (position, value) in row.values.enumerated() {
            insert += position == 0 ? "\(value)" : ", \(value)"
          }
          insert += ")"
        }
        try to.execute(insert)
      }
      copied += rows.count
      progress(table.name, copied)
      let keyPositions = table.key.map { name in columns.firstIndex { $0.lowercased() == name.lowercased() }! }
      last = keyPositions.map { rows[rows.count - 1].values[$0] }
    }
  }
}
