public import VerbatimCore
public import VerbatimGraph

/// What adding one document to the store did, as JSON (`ingest.schema.json`): the line
/// `verbatim ingest --format jsonl` prints as each document is committed, and the answer of
/// an upload to `verbatim serve`.
public enum IngestReport {
  public static func json(_ entry: GraphDocument, _ outcome: IngestOutcome) -> JSONValue {
    var fields: [(String, JSONValue)] = [("path", .string(entry.path)), ("id", .string(entry.id))]
    switch outcome {
    case .added(let claims, let version):
      fields += [("status", .string("added")), ("claims", .int(claims)), ("version", .int(version))]
    case .alreadyPresent:
      fields += [("status", .string("already-present"))]
    }
    return .object(fields)
  }
}
