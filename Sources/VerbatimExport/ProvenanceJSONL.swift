public import VerbatimCore
public import VerbatimGraph

/// The graph as JSON lines: documents, speakers, claims, then edges, one object a line, each
/// with a `type`; what another tool loads without knowing Verbatim.
public enum ProvenanceJSONL {
  public static func lines(_ selection: GraphSelection) -> [JSONValue] {
    var lines: [JSONValue] = []
    lines += selection.documents.map { ExportLineOutput.DocumentLine($0).json }
    lines += selection.speakers.map { ExportLineOutput.SpeakerLine($0).json }
    lines += selection.claims.map { ExportLineOutput.ClaimLine($0).json }
    for edge in edges(selection) {
      lines.append(
        .object([("type", .string("edge")), ("relation", .string(edge.relation)), ("from", edge.from), ("to", edge.to)])
      )
    }
    return lines
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
