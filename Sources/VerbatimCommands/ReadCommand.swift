public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimIngest

/// `verbatim read`: each input as a source-mapped document.
public struct ReadCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Read text, HTML and XML files and print their text, blocks, metadata and source positions.",
    discussion: """
      Folders are read recursively (.txt .text .md .html .htm .xhtml .xml); - reads standard input. \
      Each document prints as one JSON object with its metadata, its text (paragraphs separated by a \
      blank line), its blocks with where each starts and ends in the file, and diagnostics. A file \
      that cannot be read is named on standard error; the others are still printed, and the exit \
      code is then 1.
      """
  )

  @Argument(help: "Files, folders, or - for standard input.")
  public var inputs: [String]

  @Option(name: .long, help: "json (indented), jsonl (one line per document) or text (the body only).")
  public var format: ReadOutputFormat = .json

  @OptionGroup public var reading: ReadOptionGroup
  @OptionGroup public var people: PeopleOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    let input = InputBatch(inputs, options: reading.options, people: people.people, console: console)
    let items = input.items
    let batch = BatchReader(reader: DocumentReader(options: input.options))
    var first = true
    let format = self.format
    // The JSON formats are encoded on the workers (`WorkerJSON`), a large document excepted.
    let work = { @Sendable (document: Document) -> [UInt8]? in
      guard format != .text else { return nil }
      return WorkerJSON.encode(document, pretty: format == .json) { json in
        try? JSONStreamEncoder().encode(DocumentOutput(document), into: &json)
        json.newline()
      }
    }
    let failures = batch.run(items, console: console, work: work) { path, result in
      switch result {
      case .success(let (document, json)):
        switch format {
        case .json, .jsonl:
          if let json {
            console.write(bytes: json)
          } else {
            console.print(encoding: DocumentOutput(document), pretty: format == .json)
          }
        case .text:
          if !first { console.print("") }
          console.print(document.text)
        }
        first = false
      case .failure(let error):
        console.error("verbatim: \(error)")
      }
    }
    if items.isEmpty { console.error("verbatim: no files to read in \(inputs.joined(separator: ", "))") }
    return failures > 0 || items.isEmpty || input.failed ? 1 : 0
  }
}
