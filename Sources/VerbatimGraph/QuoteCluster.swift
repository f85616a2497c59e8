import VerbatimCore

/// The versions of one quote across documents, each compared word by word with the reference
/// version (the longest; the earliest of equally long ones), in order of first appearance.
public struct QuoteCluster: Sendable {
  public var id: Int64
  public var reference: StoredClaim
  public var versions: [Version]

  /// One appearance of the quote and how it stands to the reference.
  public struct Version: Sendable {
    public var claim: StoredClaim
    public var relation: Relation
    public var diff: WordDiff
    public var alteration: Alteration
  }

  /// How a version stands to the reference.
  public enum Relation: String, Sendable {
    /// The reference itself.
    case reference
    /// The same words (`same_as`).
    case same = "same_as"
    /// An unbroken part of the reference quoted inside the writer's sentence (`same_as`, partial).
    case excerpt = "excerpt_of"
    /// The same source words, altered (`variant_of`): substituted, inserted, deleted or cut.
    case variant = "variant_of"
  }

  public init(id: Int64, claims: [StoredClaim]) {
    let ordered = claims.sorted(by: Self.appearsEarlier)
    let longestCount = ordered.map(\.words.count).max() ?? 0
    let longest = ordered.first { $0.words.count == longestCount }!
    self.id = id
    self.reference = longest
    versions = ordered.map { claim in
      let diff = WordDiff(reference: longest.words, variant: claim.words)
      let relation: Relation =
        claim.id == longest.id
        ? .reference
        : diff.isIdentical ? .same : diff.isExcerpt && claim.kind != .direct ? .excerpt : .variant
      return Version(claim: claim, relation: relation, diff: diff, alteration: Alteration(diff))
    }
  }

  /// Whether the versions' words differ anywhere but in partial quotes.
  public var isAltered: Bool { versions.contains { $0.relation == .variant } }

  /// Whether an altered version touches a negation, a number or a qualifier.
  public var changesMeaning: Bool { versions.contains { $0.relation == .variant && $0.alteration.changesMeaning } }

  /// Earliest publication first; documents without a date after, in the order they were added.
  static func appearsEarlier(_ a: StoredClaim, _ b: StoredClaim) -> Bool {
    let (da, db) = (a.document.published ?? "~", b.document.published ?? "~")
    if da != db { return da < db }
    return a.id < b.id
  }
}
