public import VerbatimCore
public import VerbatimGraph

/// The provenance of a selection in W3C PROV-O: documents and claims are entities, speakers,
/// authors and publishers agents. A claim `prov:wasDerivedFrom` the document it was read from and
/// `prov:wasAttributedTo` its speaker; a later appearance of the same quote `prov:wasQuotedFrom`
/// the first; a document `prov:wasRevisionOf` its earlier version and `prov:wasDerivedFrom` the
/// story it copies; places in the file are `verbatim:` properties (byte, line, column), for the
/// claim as a whole and for each of its parts: `verbatim:fragment` (a split quotation has one a
/// piece), `verbatim:cueSpan` and `verbatim:speakerSpan` (the speaker as written), each with its
/// words.
public enum ProvenanceGraph {
  static let prov = "http://www.w3.org/ns/prov#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let schema = "http://schema.org/"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let vb = ExportIRI.vocabulary

  public static func build(_ selection: GraphSelection) -> RDFGraph {
    var graph = RDFGraph(prefixes: [
      ("prov", prov), ("rdfs", rdfs), ("schema", schema), ("xsd", RDFGraph.xsd), ("owl", owl), ("verbatim", vb),
    ])
    for document in selection.documents { add(document, to: &graph) }
    for speaker in selection.speakers {
      let iri = ExportIRI.speaker(speaker.id)
      graph.add(iri, RDFGraph.rdfType, .iri(prov + "Agent"))
      switch speaker.type {
      case .person: graph.add(iri, RDFGraph.rdfType, .iri(prov + "Person"))
      case .organisation: graph.add(iri, RDFGraph.rdfType, .iri(prov + "Organization"))
      default: break
      }
      graph.add(iri, rdfs + "label", text: speaker.name)
      graph.add(iri, vb + "speakerType", text: speaker.type.rawValue)
      for alias in speaker.aliases where alias.name != speaker.name { graph.add(iri, vb + "alias", text: alias.name) }
      for role in speaker.roles { graph.add(iri, vb + "role", text: role.name) }
      if let wikidata = speaker.ref.wikidataIRI { graph.add(iri, owl + "sameAs", .iri(wikidata)) }
      for address in speaker.addresses { graph.add(iri, owl + "sameAs", .iri(address)) }
      for reference in speaker.identifiers where !speaker.addresses.contains(reference) {
        graph.add(iri, vb + "identifier", text: reference)
      }
    }
    for claim in selection.claims { add(claim, to: &graph) }
    for cluster in selection.clusters { add(cluster, to: &graph) }
    return graph
  }

  static func add(_ document: StoredDocument, to graph: inout RDFGraph) {
    let iri = ExportIRI.document(document.id)
    graph.add(iri, RDFGraph.rdfType, .iri(prov + "Entity"))
    graph.add(iri, RDFGraph.rdfType, .iri(vb + "Document"))
    graph.add(iri, rdfs + "label", text: document.title)
    graph.add(iri, vb + "digest", text: document.id)
    graph.add(iri, vb + "path", text: document.path)
    graph.add(iri, vb + "format", text: document.format.rawValue)
    graph.add(iri, vb + "version", integer: document.version)
    if let url = document.url { graph.add(iri, schema + "url", .iri(url)) }
    graph.add(iri, schema + "datePublished", text: document.published)
    if let publisher = document.publisher {
      attribute(iri, to: publisher, as: "Organization", role: schema + "publisher", in: &graph)
    }
    for author in document.authors { attribute(iri, to: author, as: "Person", role: schema + "author", in: &graph) }
    if let earlier = document.revisionOf { graph.add(iri, prov + "wasRevisionOf", .iri(ExportIRI.document(earlier))) }
    if let original = document.copyOf {
      graph.add(iri, prov + "wasDerivedFrom", .iri(ExportIRI.document(original)))
      graph.add(iri, vb + "copyOf", .iri(ExportIRI.document(original)))
    }
  }

  /// The document `prov:wasAttributedTo` a named agent, who also holds `role` (publisher, author).
  static func attribute(_ document: String, to name: String, as type: String, role: String, in graph: inout RDFGraph) {
    let agent = ExportIRI.agent(name)
    graph.add(document, prov + "wasAttributedTo", .iri(agent))
    graph.add(document, role, .iri(agent))
    graph.add(agent, RDFGraph.rdfType, .iri(prov + "Agent"))
    graph.add(agent, RDFGraph.rdfType, .iri(prov + type))
    graph.add(agent, rdfs + "label", text: name)
  }

  static func add(_ claim: StoredClaim, to graph: inout RDFGraph) {
    let iri = ExportIRI.claim(claim.key)
    graph.add(iri, RDFGraph.rdfType, .iri(prov + "Entity"))
    graph.add(iri, RDFGraph.rdfType, .iri(vb + "Claim"))
    graph.add(iri, prov + "value", text: claim.text)
    graph.add(iri, vb + "kind", text: claim.kind.rawValue)
    graph.add(iri, prov + "wasDerivedFrom", .iri(ExportIRI.document(claim.document.id)))
    graph.add(iri, vb + "document", .iri(ExportIRI.document(claim.document.id)))
    if let speaker = claim.speaker { graph.add(iri, prov + "wasAttributedTo", .iri(ExportIRI.speaker(speaker.id))) }
    graph.add(iri, vb + "speakerAsWritten", text: claim.speakerMention)
    graph.add(iri, vb + "speakerAsResolved", text: claim.speakerName)
    graph.add(iri, vb + "speakerRole", text: claim.speakerRole)
    graph.add(iri, vb + "speakerMatch", text: claim.speakerMatch?.rawValue)
    graph.add(iri, vb + "speakerIdentifier", text: claim.speakerIdentifier)
    graph.add(iri, vb + "turn", text: claim.turnID)
    if claim.isRecord { graph.add(iri, RDFGraph.rdfType, .iri(vb + "RecordTurn")) }
    graph.add(iri, vb + "cue", text: claim.cue)
    graph.add(iri, vb + "rule", text: claim.rule)
    graph.add(iri, vb + "confidence", .literal(String(claim.confidence), datatype: RDFGraph.xsd + "double"))
    place(iri, claim.span, in: &graph)
    graph.add(iri, vb + "paragraph", integer: claim.paragraph)
    let parts: [(ClaimSpan.Role, [ClaimSpan], predicate: String, type: String)] = [
      (.fragment, claim.fragments, "fragment", "Fragment"), (.cue, claim.cueSpans, "cueSpan", "Cue"),
      (.speaker, claim.speakerSpans, "speakerSpan", "SpeakerMention"),
    ]
    for (role, spans, predicate, type) in parts {
      for (index, part) in spans.enumerated() {
        let partIRI = ExportIRI.claimPart(claim.key, role.rawValue, index + 1)
        graph.add(iri, vb + predicate, .iri(partIRI))
        graph.add(partIRI, RDFGraph.rdfType, .iri(vb + type))
        graph.add(partIRI, vb + "text", text: part.text)
        graph.add(partIRI, vb + "order", integer: index + 1)
        place(partIRI, part.span, in: &graph)
      }
    }
  }

  /// Where something stands in its file: start and end byte, line and column.
  static func place(_ iri: String, _ span: SourceSpan, in graph: inout RDFGraph) {
    graph.add(iri, vb + "startByte", integer: span.start.byte)
    graph.add(iri, vb + "endByte", integer: span.end.byte)
    graph.add(iri, vb + "line", integer: span.start.line)
    graph.add(iri, vb + "column", integer: span.start.column)
    graph.add(iri, vb + "endLine", integer: span.end.line)
    graph.add(iri, vb + "endColumn", integer: span.end.column)
  }

  /// Later appearances of a quote were quoted from the first; how each stands to the fullest
  /// version is `verbatim:sameAs`, `verbatim:excerptOf` or `verbatim:variantOf`.
  static func add(_ cluster: QuoteCluster, to graph: inout RDFGraph) {
    guard let first = cluster.versions.first?.claim else { return }
    let reference = ExportIRI.claim(cluster.reference.key)
    for version in cluster.versions {
      let iri = ExportIRI.claim(version.claim.key)
      if version.claim.id != first.id { graph.add(iri, prov + "wasQuotedFrom", .iri(ExportIRI.claim(first.key))) }
      switch version.relation {
      case .reference: break
      case .same: graph.add(iri, vb + "sameAs", .iri(reference))
      case .excerpt: graph.add(iri, vb + "excerptOf", .iri(reference))
      case .variant:
        graph.add(iri, vb + "variantOf", .iri(reference))
        graph.add(iri, prov + "wasDerivedFrom", .iri(reference))
        for change in version.alteration.changes {
          graph.add(
            iri, vb + "alteration",
            text:
              "\(change.kind.rawValue): [\(change.reference.joined(separator: " "))] → [\(change.variant.joined(separator: " "))]"
          )
        }
      }
    }
  }
}
