public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim who-said`: who said these words, where, ranked.
public struct WhoSaidCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "who-said",
    abstract: "Find who said some words: a fragment of a quote, or a slightly misremembered wording.",
    discussion: """
      Matches are ranked by the share of the words said in the same order (1 when all are), then \
      direct quotes before reported speech, then earliest. Each names the speaker, the words (only \
      the speaker's own in quotation marks), the kind, the claim id (for `verbatim trace`) and the \
      document with line and column. Exit code 0 when something matched, 5 when nothing did.
      """
  )

  @Argument(help: "The words to look for.")
  public var words: [String]

  @Option(name: .long, help: "At most this many matches.")
  public var limit = 10

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let matches = store.ask(console, { try $0.search(words.joined(separator: " "), limit: limit) }) else {
      return 1
    }
    switch format {
    case .json: console.print(encoding: matches.map { MatchOutput($0) }, pretty: true)
    case .text:
      if matches.isEmpty { console.print("Nothing in the store says these words.") }
      for (index, match) in matches.enumerated() {
        let score = String(Int((match.score * 100).rounded()))
        for line in StoreText.claim(match.claim, lead: "\(index + 1). [\(score)%] ") { console.print(line) }
      }
    }
    return matches.isEmpty ? 5 : 0
  }
}
