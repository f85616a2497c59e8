/// A set of RDF statements with the prefixes to write them with: what the PROV-O export builds
/// once and then writes as Turtle or as JSON-LD, so the two always say the same thing.
public struct RDFGraph: Sendable {
  /// An RDF node in object position: an IRI or a literal with its datatype (an IRI) or language.
  public enum Object: Sendable, Hashable {
    case iri(String)
    case literal(String, datatype: String?)
  }

  /// One statement.
  public struct Triple: Sendable, Hashable {
    public var subject: String
    public var predicate: String
    public var object: Object
  }

  /// (prefix, namespace IRI) pairs.
  public var prefixes: [(String, String)]
  public private(set) var triples: [Triple] = []
  private var seen: Set<Triple> = []

  public init(prefixes: [(String, String)]) { self.prefixes = prefixes }

  public static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
  public static let xsd = "http://www.w3.org/2001/XMLSchema#"

  /// Adds a statement once; the order of first addition is kept.
  public mutating func add(_ subject: String, _ predicate: String, _ object: Object) {
    let triple = Triple(subject: subject, predicate: predicate, object: object)
    if seen.insert(triple).inserted { triples.append(triple) }
  }

  public mutating func add(_ subject: String, _ predicate: String, text: String?) {
    if let text { add(subject, predicate, .literal(text, datatype: nil)) }
  }

  public mutating func add(_ subject: String, _ predicate: String, integer: Int?) {
    if let integer { add(subject, predicate, .literal(String(integer), datatype: Self.xsd + "integer")) }
  }

  /// The statements grouped by subject, subjects in order of first appearance.
  var subjects: [(subject: String, triples: [Triple])] {
    var order: [String] = []
    var grouped: [String: [Triple]] = [:]
    for triple in triples {
      if grouped[triple.subject] == nil { order.append(triple.subject) }
      grouped[triple.subject, default: []].append(triple)
    }
    return order.map { ($0, grouped[$0]!) }
  }

  /// `prefix:local` when the IRI starts with a known namespace and the rest is a plain name.
  func compact(_ iri: String) -> String? {
    for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
      let local = iri.dropFirst(namespace.count)
      if let first = local.first, first.isLetter,
        local.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
      {
        return prefix + ":" + local
      }
    }
    return nil
  }
}
