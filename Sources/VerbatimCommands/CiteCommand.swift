public import ArgumentParser
import VerbatimCore
public import VerbatimExport
import VerbatimGraph

/// `verbatim cite`: the citation list of what was quoted, for an editor or a reference manager.
public struct CiteCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "cite",
    abstract: "Print a citation list: each source document with the quotes cited from it.",
    discussion: """
      One entry per document, with its title, publisher, authors, published date, URL and the date \
      it was added (accessed); each quote with its speaker, kind, line and paragraph. Formats: \
      csl-json (Zotero, pandoc), bibtex (bibtex, biber), ris (Zotero, EndNote), markdown (to paste \
      under a story), csv (a spreadsheet). From the store, or from files given directly.
      """
  )

  @Option(name: .long, help: "csl-json, bibtex, ris, markdown or csv.")
  public var format: CitationFormat = .markdown

  @OptionGroup public var selection: SelectionOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let loaded = selection.load(console, withTexts: false) else { return 1 }
    let entries = CitationEntry.entries(of: loaded.selection)
    console.write(format.render(entries))
    if entries.isEmpty { console.error("verbatim: nothing quoted matches the selection") }
    return loaded.failed ? 1 : entries.isEmpty ? 5 : 0
  }
}

extension CitationFormat: ExpressibleByArgument {}
