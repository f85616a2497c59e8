public import VerbatimCore
public import VerbatimGraph

/// The graph as JSON lines: documents, speakers, claims, then edges, one object a line, each
/// with a `type`; what another tool loads without knowing Verbatim.
public enum ProvenanceJSONL {
  public static func lines(_ selection: GraphSelection) -> [JSONValue] {
    var lines: [JSONValue] = []
    for document in selection.documents {
      lines.append(
        .object([
          ("type", .string("document")), ("id", .string(document.id)), ("path", .string(document.path)),
          ("url", .nullable(document.url)), ("title", .nullable(document.title)),
          ("publisher", .nullable(document.publisher)), ("authors", .array(document.authors.map { .string($0) })),
          ("published", .nullable(document.published)), ("format", .string(document.format.rawValue)),
          ("version", .int(document.version)), ("ingestedAt", .string(document.ingestedAt)),
        ]))
    }
    for speaker in selection.speakers {
      lines.append(
        .object([
          ("type", .string("speaker")), ("id", .int(Int(speaker.id))), ("name", .string(speaker.name)),
          ("speakerType", .string(speaker.type.rawValue)),
          (
            "aliases", .array(speaker.aliases.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })
          ),
          ("roles", .array(speaker.roles.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })),
          ("wikidata", .nullable(speaker.wikidata)),
          ("sameAs", .array(speaker.ref.wikidataIRI.map { [.string($0)] } ?? [])),
        ]))
    }
    for claim in selection.claims { lines.append(self.claim(claim)) }
    for edge in edges(selection) {
      lines.append(
        .object([("type", .string("edge")), ("relation", .string(edge.relation)), ("from", edge.from), ("to", edge.to)])
      )
    }
    return lines
  }

  static func claim(_ claim: StoredClaim) -> JSONValue {
    .object(
      [
        ("type", .string("claim")), ("id", .string(claim.key)), ("number", .int(Int(claim.id))),
        ("kind", .string(claim.kind.rawValue)), ("text", .string(claim.text)),
        ("speaker", claim.speaker.map { .int(Int($0.id)) } ?? .null),
        ("speakerAsResolved", .nullable(claim.speakerName)), ("speakerAsWritten", .nullable(claim.speakerMention)),
        ("speakerType", .string(claim.speakerType.rawValue)), ("speakerRole", .nullable(claim.speakerRole)),
        ("speakerMatch", .nullable(claim.speakerMatch?.rawValue)),
        ("cue", .nullable(claim.cue)), ("rule", .string(claim.rule)), ("confidence", .double(claim.confidence)),
        ("document", .string(claim.document.id)), ("start", claim.span.start.json),
        ("end", claim.span.end.json), ("paragraph", claim.paragraph.map { .int($0) } ?? .null),
        ("cluster", claim.clusterID.map { .int(Int($0)) } ?? .null),
      ] + claim.spanMembers)
  }

  /// Every edge of the selection: claim to document and speaker, document to document, and
  /// claim to the fullest version of the same quote.
  static func edges(_ selection: GraphSelection) -> [(relation: String, from: JSONValue, to: JSONValue)] {
    let claimRef = { (key: String) in JSONValue.object([("claim", .string(key))]) }
    let documentRef = { (id: String) in JSONValue.object([("document", .string(id))]) }
    var edges: [(String, JSONValue, JSONValue)] = []
    for claim in selection.claims {
      edges.append(("in_document", claimRef(claim.key), documentRef(claim.document.id)))
      if let speaker = claim.speaker {
        edges.append(("attributed_to", claimRef(claim.key), .object([("speaker", .int(Int(speaker.id)))])))
      }
    }
    for document in selection.documents {
      if let original = document.copyOf { edges.append(("copy_of", documentRef(document.id), documentRef(original))) }
      if let earlier = document.revisionOf {
        edges.append(("new_version_of", documentRef(document.id), documentRef(earlier)))
      }
    }
    for cluster in selection.clusters {
      for version in cluster.versions where version.relation != .reference {
        edges.append((version.relation.rawValue, claimRef(version.claim.key), claimRef(cluster.reference.key)))
      }
    }
    return edges
  }
}
