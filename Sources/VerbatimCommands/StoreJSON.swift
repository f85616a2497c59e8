public import VerbatimCore
import VerbatimExport
public import VerbatimGraph

/// The JSON shapes of what the store answers: claims, documents, speakers, clusters, diffs.
public enum StoreJSON {
  public static func claim(_ claim: StoredClaim) -> JSONValue {
    .object(
      [
        ("id", .string(claim.key)),
        ("number", .int(Int(claim.id))),
        ("kind", .string(claim.kind.rawValue)),
        ("text", .string(claim.text)),
        ("speaker", claim.speaker.map(speaker) ?? .null),
        ("speakerAsResolved", .nullable(claim.speakerName)),
        ("speakerAsWritten", .nullable(claim.speakerMention)),
        ("speakerType", .string(claim.speakerType.rawValue)),
        ("speakerRole", .nullable(claim.speakerRole)),
        ("speakerMatch", .nullable(claim.speakerMatch?.rawValue)),
        ("cue", .nullable(claim.cue)),
        ("rule", .string(claim.rule)),
        ("confidence", .double(claim.confidence)),
        ("start", claim.span.start.json),
        ("end", claim.span.end.json),
      ] + claim.spanMembers + [("document", document(claim.document))])
  }

  public static func document(_ document: StoredDocument) -> JSONValue {
    .object([
      ("id", .string(document.id)),
      ("path", .string(document.path)),
      ("url", .nullable(document.url)),
      ("title", .nullable(document.title)),
      ("publisher", .nullable(document.publisher)),
      ("authors", .array(document.authors.map { .string($0) })),
      ("published", .nullable(document.published)),
      ("version", .int(document.version)),
      ("copyOf", .nullable(document.copyOf)),
      ("revisionOf", .nullable(document.revisionOf)),
    ])
  }

  public static func speaker(_ speaker: SpeakerRef) -> JSONValue {
    .object([
      ("id", .int(Int(speaker.id))), ("name", .string(speaker.name)), ("type", .string(speaker.type.rawValue)),
      ("wikidata", .nullable(speaker.wikidata)),
    ])
  }

  public static func identity(_ identity: IdentityEvidence) -> JSONValue {
    .object([
      ("match", .string(identity.match.rawValue)), ("asWritten", .string(identity.asWritten)),
      ("speaker", identity.speaker.map(speaker) ?? .null),
      ("candidates", .array(identity.candidates.map { .string($0) })), ("evidence", .string(identity.sentence)),
    ])
  }

  public static func speaker(_ summary: SpeakerSummary) -> JSONValue {
    .object([
      ("id", .int(Int(summary.id))),
      ("name", .string(summary.name)),
      ("type", .string(summary.type.rawValue)),
      ("aliases", .array(summary.aliases.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })),
      ("roles", .array(summary.roles.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })),
      ("wikidata", .nullable(summary.wikidata)),
      ("pinned", .bool(summary.pinned)),
      ("candidates", .array(summary.candidates.map(speaker))),
      ("claims", .int(summary.claims)),
      ("documents", .int(summary.documents)),
    ])
  }

  public static func match(_ match: ClaimMatch) -> JSONValue {
    .object([("score", .double((match.score * 1000).rounded() / 1000)), ("claim", claim(match.claim))])
  }

  public static func alteration(_ alteration: Alteration) -> JSONValue {
    .object([
      ("changesMeaning", .bool(alteration.changesMeaning)),
      (
        "changes",
        .array(
          alteration.changes.map { change in
            .object([
              ("kind", .string(change.kind.rawValue)),
              ("reference", .string(change.reference.joined(separator: " "))),
              ("variant", .string(change.variant.joined(separator: " "))),
              ("flags", .array(change.flags.map { .string($0.rawValue) })),
            ])
          })
      ),
    ])
  }

  public static func cluster(_ cluster: QuoteCluster) -> JSONValue {
    .object([
      ("cluster", .int(Int(cluster.id))),
      ("altered", .bool(cluster.isAltered)),
      ("reference", .string(cluster.reference.key)),
      (
        "versions",
        .array(
          cluster.versions.map { version in
            .object([
              ("relation", .string(version.relation.rawValue)),
              ("alteration", alteration(version.alteration)),
              ("claim", claim(version.claim)),
            ])
          })
      ),
    ])
  }
}
