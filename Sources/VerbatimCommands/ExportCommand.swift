public import ArgumentParser
import VerbatimCore
public import VerbatimExport
import VerbatimGraph

/// `verbatim export`: the provenance graph in open formats.
public struct ExportCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the provenance graph: JSONL, W3C PROV-O, W3C Web Annotation or schema.org ClaimReview.",
    discussion: """
      jsonl: documents, speakers, claims and edges, one object a line. prov-jsonld and \
      prov-turtle: W3C PROV-O (documents and claims are entities, speakers, authors and publishers \
      agents). web-annotation: each quote an annotation on its document, anchored by its words \
      and the words around them, by character positions and by byte positions. claimreview: a \
      schema.org ClaimReview per quote with the claim, its author and its appearances filled in, \
      for a fact-checker to rate. From the store, or from files given directly.
      """
  )

  @Option(name: .long, help: "jsonl, prov-jsonld, prov-turtle, web-annotation or claimreview.")
  public var format: ProvenanceFormat = .jsonl

  @OptionGroup public var selection: SelectionOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let loaded = selection.load(console, withTexts: format.needsText) else { return 1 }
    console.write(format.render(loaded.selection, texts: loaded.texts))
    return loaded.failed ? 1 : 0
  }
}

extension ProvenanceFormat: ExpressibleByArgument {}
