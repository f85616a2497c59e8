public import VerbatimGraph

extension GraphStore {
  /// The store `--store` (or `VERBATIM_STORE`) names: a PostgreSQL address
  /// (`postgres://USER[:PASSWORD]@HOST[:PORT]/DB`), else an SQLite file.
  /// - Parameter create: whether to make the store when it does not exist yet.
  public static func open(
    _ location: String, create: Bool = true, unsafeNoJournal: Bool = false
  ) throws(StoreError) -> GraphStore {
    guard PostgresAddress.isAddress(location) else {
      return try GraphStore(path: location, create: create, unsafeNoJournal: unsafeNoJournal)
    }
    let address: PostgresAddress
    do { address = try PostgresAddress(location) } catch {
      throw StoreError(path: PostgresAddress.redacted(location), reason: "not a PostgreSQL address: \(error.reason)")
    }
    return GraphStore(backend: try PostgresBackend(address, create: create))
  }
}
