public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim trace`: where a claim appeared, earliest first.
public struct TraceCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "trace",
    abstract: "Show the provenance chain of one claim: every appearance, earliest first.",
    discussion: """
      CLAIM is the id every listing prints after "claim" (`extract`, `who-said`, `said-by`, \
      `verify`, `variants`: as 3f2a…-1200-1290), or #N for the claim numbered N in the store (the \
      `number` of the JSON outputs). Each appearance says how it stands to the fullest version (the same words, a part, or \
      altered) and whether its document copies another.
      """
  )

  @Argument(help: "The claim's id, or #N for its number in the store.")
  public var claim: String

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let cluster = store.ask(console, { try $0.trace(claim) }) else { return 1 }
    switch format {
    case .json: console.print(encoding: ClusterOutput(cluster), pretty: true)
    case .text: ClusterText.print(cluster, to: console)
    }
    return 0
  }
}
