public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim variants`: quotes worded differently across documents.
public struct VariantsCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "variants",
    abstract: "List quotes whose wording differs across documents, with a word-level diff.",
    discussion: """
      Each version is compared with the fullest one. Changes that touch a negation (not, never, \
      no), a number or a qualifier (only, some, might) are flagged and listed first.
      """
  )

  @Option(name: .long, help: "At most this many quotes.")
  public var limit = 100

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let clusters = store.ask(console, { try $0.variants(limit: limit) }) else { return 1 }
    switch format {
    case .json: console.print(encoding: clusters.map { ClusterOutput($0) }, pretty: true)
    case .text:
      if clusters.isEmpty { console.print("Every quote found in more than one document is worded the same.") }
      for cluster in clusters { ClusterText.print(cluster, to: console) }
    }
    return 0
  }
}

/// One quote's versions, for reading.
enum ClusterText {
  static func print(_ cluster: QuoteCluster, to console: Console) {
    console.print("Quote \(cluster.reference.key), \(counted(cluster.versions.count, "appearance")):")
    for version in cluster.versions {
      let relation = version.relation.rawValue.split(separator: "_").joined(separator: " ")
      let loud = version.alteration.changesMeaning && version.relation == .variant ? " MEANING CHANGED" : ""
      StoreText.claim(version.claim, lead: "  \(relation)\(loud): ").forEach(console.print)
      console.print("      " + StoreText.places(version.claim))
      if version.relation == .variant { StoreText.alteration(version.alteration).forEach(console.print) }
    }
    console.print("")
  }
}
