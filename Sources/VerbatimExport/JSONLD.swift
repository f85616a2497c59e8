public import VerbatimCore

/// Writes an RDF graph as JSON-LD 1.1 with an inline context (never a remote one, so a reader
/// need not go to the network): one node object per subject in `@graph`.
public enum JSONLD {
  public static func value(_ graph: RDFGraph) -> JSONValue {
    let context = JSONValue.object(graph.prefixes.map { ($0.0, .string($0.1)) })
    let nodes = graph.subjects.map { subject, triples -> JSONValue in
      var members: [(String, JSONValue)] = [("@id", .string(term(subject, graph)))]
      let types = triples.filter { $0.predicate == RDFGraph.rdfType }.compactMap { triple -> JSONValue? in
        guard case .iri(let iri) = triple.object else { return nil }
        return .string(term(iri, graph))
      }
      if !types.isEmpty { members.append(("@type", .array(types))) }
      var predicates: [String] = []
      var objects: [String: [JSONValue]] = [:]
      for triple in triples where triple.predicate != RDFGraph.rdfType {
        if objects[triple.predicate] == nil { predicates.append(triple.predicate) }
        objects[triple.predicate, default: []].append(object(triple.object, graph))
      }
      for predicate in predicates { members.append((term(predicate, graph), .array(objects[predicate]!))) }
      return .object(members)
    }
    return .object([("@context", context), ("@graph", .array(nodes))])
  }

  public static func render(_ graph: RDFGraph) -> String { value(graph).prettyPrinted() + "\n" }

  static func term(_ iri: String, _ graph: RDFGraph) -> String { graph.compact(iri) ?? iri }

  static func object(_ object: RDFGraph.Object, _ graph: RDFGraph) -> JSONValue {
    switch object {
    case .iri(let iri): .object([("@id", .string(term(iri, graph)))])
    case .literal(let text, nil): .object([("@value", .string(text))])
    case .literal(let text, let datatype?):
      .object([("@value", .string(text)), ("@type", .string(term(datatype, graph)))])
    }
  }
}
