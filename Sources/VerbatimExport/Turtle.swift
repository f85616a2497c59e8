/// Writes an RDF graph as Turtle (RDF 1.1): prefixes, then one block per subject.
public enum Turtle {
  public static func render(_ graph: RDFGraph) -> String {
    var out = graph.prefixes.map { "@prefix \($0.0): <\($0.1)> .\n" }.joined() + "\n"
    for (subject, triples) in graph.subjects {
      out += term(subject, graph) + "\n"
      let statements = triples.map { triple in
        let predicate = triple.predicate == RDFGraph.rdfType ? "a" : term(triple.predicate, graph)
        return "    \(predicate) \(object(triple.object, graph))"
      }
      out += statements.joined(separator: " ;\n") + " .\n\n"
    }
    return out
  }

  static func term(_ iri: String, _ graph: RDFGraph) -> String {
    graph.compact(iri) ?? "<" + escapeIRI(iri) + ">"
  }

  static func object(_ object: RDFGraph.Object, _ graph: RDFGraph) -> String {
    switch object {
    case .iri(let iri): term(iri, graph)
    case .literal(let text, let datatype): "\"" + escape(text) + "\"" + (datatype.map { "^^" + term($0, graph) } ?? "")
    }
  }

  /// A string literal's specials escaped (\ " and line breaks), as Turtle's short strings need.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out +=
            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16).uppercased()
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// IRIs may not hold spaces, angle brackets, quotes, braces, |, ^, ` or \; those are percent-encoded.
  static func escapeIRI(_ iri: String) -> String {
    ExportIRI.percentEncode(iri) { byte in byte > 0x20 && !"<>\"{}|^`\\".utf8.contains(byte) }
  }

}
