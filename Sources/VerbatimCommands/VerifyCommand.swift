public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim verify`: did this speaker say these words?
public struct VerifyCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check a quote against the store: did this speaker say these words?",
    discussion: """
      One verdict with its evidence (documents, lines):
        verbatim       said by this speaker in these words (exit code 0)
        altered        said by this speaker in other words; the difference is shown (exit code 2)
        misattributed  these words were said by someone else (exit code 3)
        paraphrase     only reported speech by this speaker matches (exit code 4)
        not-found      nothing in the store matches (exit code 5)
        ambiguous      said in these words by someone named by a surname alone that this speaker \
      shares with someone else in the store; both are named (exit code 6)
        not-in-record  the store holds this speaker's record (transcript turns) and the words are \
      not in it, whatever reports say (exit code 7)
      When the store holds the speaker's record, the verdict is given against it: the record \
      outranks reports, which are listed after it.
      Words said by someone named by this speaker's surname alone are never misattributed: when \
      no one else in the store has the surname they are verbatim, with how the names were matched.
      Exit code 1 means the store could not be read.
      """
  )

  @Option(name: .long, help: "Who is said to have said it.")
  public var speaker: String

  @Argument(help: "The quoted words.")
  public var words: [String]

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    let quote = words.joined(separator: " ")
    guard let result = store.ask(console, { try $0.verify(speaker: speaker, said: quote) }) else { return 1 }
    switch format {
    case .json:
      console.print(encoding: VerdictOutput(result, speaker: speaker, quote: quote), pretty: true)
    case .text:
      console.print("Verdict: \(result.verdict.rawValue) — \(explanation(result))")
      if let identity = result.identity { console.print("  \(identity.sentence).") }
      if let alteration = result.alteration { StoreText.alteration(alteration).forEach(console.print) }
      for (index, match) in result.evidence.prefix(10).enumerated() {
        StoreText.claim(match.claim, lead: "\(index + 1). ").forEach(console.print)
      }
      if !result.secondary.isEmpty { console.print("Reported in:") }
      for (index, match) in result.secondary.prefix(10).enumerated() {
        StoreText.claim(match.claim, lead: "\(index + 1). ").forEach(console.print)
      }
    }
    return result.verdict.exitCode
  }

  private func explanation(_ result: Verification) -> String {
    switch result.verdict {
    case .verbatim: "\(speaker) said these words" + (result.againstRecord ? ", in the record." : ".")
    case .altered:
      result.againstRecord
        ? "The record has \(speaker) saying something close, in other words."
        : "\(speaker) said something close, in other words."
    case .misattributed:
      "These words were said by \(StoreText.speakers(of: result.evidence.map(\.claim))), not \(speaker)."
    case .notInRecord:
      "The record of \(speaker)'s words in the store does not contain these words"
        + (result.secondary.isEmpty ? "." : "; reports give them (below).")
    case .paraphrase: "Only reported speech by \(speaker) matches; no direct quote."
    case .notFound: "Nothing in the store matches."
    case .ambiguous:
      "These words were said by someone named by surname alone, who could be \(result.identity?.candidates.joined(separator: " or ") ?? speaker)."
    }
  }
}
