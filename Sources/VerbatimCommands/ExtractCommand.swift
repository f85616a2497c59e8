public import ArgumentParser
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// `verbatim extract`: the quotes and claims of each input, with their speakers.
public struct ExtractCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract quotes and reported speech with their speakers, cues and source positions.",
    discussion: """
      Finds direct quotes (including split and multi-paragraph ones), quotes inside the writer's \
      sentences (mixed) and reported speech (indirect), and says who said each: the speaker as \
      written ("he", "a party spokesperson") and as resolved ("Nick Thomas-Symonds", "Labour \
      Party"), with the rule that decided it and a confidence. Transcript turns are attributed \
      to their speaker. Spans are places in the source file (byte, line, column).
      """
  )

  @Argument(help: "Files, folders, or - for standard input.")
  public var inputs: [String]

  @Option(
    name: .long,
    help:
      "jsonl (one quote per line), json (an array), table (file, line, speaker, kind, claim id, words) or markdown (to paste)."
  )
  public var format: ExtractOutputFormat = .jsonl

  @Flag(
    name: .long,
    help:
      "Also report the writer's own check-worthy statements (figures, shares, comparisons) as claims of kind statement."
  )
  public var claims = false

  @OptionGroup public var reading: ReadOptionGroup
  @OptionGroup public var people: PeopleOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    let input = InputBatch(inputs, options: reading.options, people: people.people, console: console)
    let items = input.items
    let batch = BatchReader(reader: DocumentReader(options: input.options))
    let extractor = QuoteExtractor(includeStatements: claims)
    let paths = items.compactMap { item in if case .file(let path) = item { path } else { nil } }
    var printer = QuotePrinter(format: format, console: console, paths: paths)
    let format = self.format
    let work = { @Sendable (document: Document) -> ([Quote], [UInt8]?) in
      let quotes = extractor.extract(from: document)
      return (quotes, QuotePrinter.json(quotes, of: document, format: format))
    }
    let failures = batch.run(items, console: console, work: work) { _, result in
      switch result {
      case .success(let (document, (quotes, json))): printer.print(quotes, of: document, json: json)
      case .failure(let error): console.error("verbatim: \(error)")
      }
    }
    printer.finish()
    if items.isEmpty { console.error("verbatim: no files to read in \(inputs.joined(separator: ", "))") }
    return failures > 0 || items.isEmpty || input.failed ? 1 : 0
  }
}

/// How `verbatim extract` prints quotes.
public enum ExtractOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case jsonl, json, table, markdown
}
