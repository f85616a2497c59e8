/// The store's tables in an order that keeps every reference valid (a row's document and
/// speaker before it), each with its primary key: what `store copy` walks, in key order.
/// A table added by a migration must be listed here (a test checks).
public enum StoreTables {
  /// A table and the columns of its primary key.
  public struct Table: Sendable {
    public var name: String
    public var key: [String]
  }

  public static let all: [Table] = [
    Table(name: "document", key: ["id"]),
    Table(name: "document_link", key: ["fromID", "relation", "toID"]),
    Table(name: "speaker", key: ["id"]),
    Table(name: "speaker_key", key: ["key"]),
    Table(name: "speaker_alias", key: ["speakerID", "folded"]),
    Table(name: "speaker_role", key: ["speakerID", "folded"]),
    Table(name: "speaker_identifier", key: ["identifier"]),
    Table(name: "claim", key: ["id"]),
    Table(name: "mention", key: ["id"]),
    Table(name: "claim_fingerprint", key: ["fingerprint", "claimID"]),
    Table(name: "claim_span", key: ["claimID", "role", "ordinal"]),
  ]
}
