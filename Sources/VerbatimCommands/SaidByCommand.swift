public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim said-by`: what a speaker said, aliases included.
public struct SaidByCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "said-by",
    abstract: "List what a speaker said, by document and date, under any of their names.",
    discussion: """
      The name may be a full name, any name the speaker was quoted under ("Mr Ali"), a surname \
      (every speaker with that surname), or a speaker's number as #12. Exit code 5 when no speaker \
      has that name.
      """
  )

  @Argument(help: "The speaker's name.")
  public var name: String

  @Option(name: .long, help: "At most this many claims.")
  public var limit = 200

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let answer = store.ask(console, { try $0.saidBy(name, limit: limit) }) else { return 1 }
    switch format {
    case .json:
      console.print(encoding: SaidByOutput(speakers: answer.speakers, claims: answer.claims), pretty: true)
    case .text:
      if answer.speakers.isEmpty { console.print("No speaker in the store goes by \(name).") }
      for speaker in answer.speakers {
        let aliases = speaker.aliases.map(\.name).filter { $0 != speaker.name }
        let also = aliases.isEmpty ? "" : ", also \(aliases.joined(separator: ", "))"
        console.print(
          "#\(speaker.id) \(speaker.name) (\(speaker.type.rawValue)\(also)): \(counted(speaker.claims, "claim"))")
      }
      var lastDocument = ""
      for claim in answer.claims {
        if claim.document.id != lastDocument {
          console.print("")
          console.print(
            [
              claim.document.published, claim.document.title, claim.document.publisher,
              StoreText.displayPath(claim.document.path),
            ]
            .compactMap { $0 }.joined(separator: " · "))
          lastDocument = claim.document.id
        }
        let wording = QuoteWording(kind: claim.kind, text: claim.text)
        console.print(
          "  \(claim.span.start.line):\(claim.span.start.column) (\(wording.kindLabel)) \(wording.shown())"
            + "  · claim \(claim.key)")
      }
    }
    return answer.speakers.isEmpty ? 5 : 0
  }
}
