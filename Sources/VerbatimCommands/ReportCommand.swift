public import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim report`: one self-contained HTML page of the quotes, who said them, and where.
public struct ReportCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an HTML report: each document with its quotes highlighted per speaker.",
    discussion: """
      One file, no external resources, readable offline: hover a highlighted quote for its \
      speaker, kind, rule and confidence, click to pin it; filter by speaker; then the quotes \
      whose words differ between documents, and the citation list. From the store, or from files \
      given directly.
      """
  )

  @Option(name: .shortAndLong, help: "The HTML file to write (- for standard output).")
  public var output: String = "report.html"

  @Option(name: .long, help: "The page's title.")
  public var title: String = "Verbatim report"

  @OptionGroup public var selection: SelectionOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let loaded = selection.load(console, withTexts: true) else { return 1 }
    let page = HTMLReport.render(loaded.selection, texts: loaded.texts, title: title)
    if output == "-" {
      console.write(page)
    } else {
      do {
        try Data(page.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        console.error("verbatim: \(output): cannot write the report: \(error.localizedDescription)")
        return 1
      }
      console.error(
        "Wrote \(output) (\(counted(loaded.selection.documents.count, "document")), "
          + "\(counted(loaded.selection.claims.count, "quote")))"
      )
    }
    return loaded.failed ? 1 : 0
  }
}
