public import ArgumentParser
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `verbatim speakers`: list the store's speakers and correct them.
public struct SpeakersCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List the speakers in the store, or merge and split them.",
    subcommands: [SpeakersListCommand.self, SpeakersMergeCommand.self, SpeakersSplitCommand.self],
    defaultSubcommand: SpeakersListCommand.self
  )

  public init() {}
}

/// `verbatim speakers list`.
public struct SpeakersListCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List speakers with their names as written and how often each spoke.",
    discussion: """
      Each line: #id, name, type, claims and documents, the names as written with how often, then \
      the role and Wikidata id (from a people file or the documents) and, for a speaker named by \
      a surname alone that two or more people in the store share, who it could be.
      """)

  @Argument(help: "Only speakers this name can mean.")
  public var name: String?

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let speakers = store.ask(console, { try $0.speakers(matching: name) }) else { return 1 }
    switch format {
    case .json: console.print(encoding: speakers.map { SpeakerOutput($0) }, pretty: true)
    case .text:
      for speaker in speakers {
        let aliases = speaker.aliases.map { "\($0.name) ×\($0.count)" }.joined(separator: ", ")
        var identity = [speaker.role, speaker.wikidata.map { "Wikidata \($0)" }].compactMap { $0 }
        if !speaker.candidates.isEmpty {
          identity.append(
            "surname only: could be " + speaker.candidates.map { "#\($0.id) \($0.name)" }.joined(separator: " or "))
        }
        console.print(
          "#\(speaker.id)\t\(speaker.name)\t\(speaker.type.rawValue)\t\(counted(speaker.claims, "claim")) in \(counted(speaker.documents, "document"))\t\(aliases)"
            + (identity.isEmpty ? "" : "\t" + identity.joined(separator: "; "))
        )
      }
    }
    return 0
  }
}

/// `verbatim speakers merge`.
public struct SpeakersMergeCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Make two speakers one: the second's claims and names go to the first.",
    discussion:
      "The correction is kept: documents ingested later follow it. Name a speaker by #number when a name is ambiguous."
  )

  @Argument(help: "The speaker to keep.")
  public var keep: String
  @Argument(help: "The speaker to fold into it.")
  public var other: String
  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let kept = store.ask(console, { try $0.mergeSpeakers(keep, other) }) else { return 1 }
    console.print("Merged \(other) into #\(kept.id) \(kept.name).")
    return 0
  }
}

/// `verbatim speakers split`.
public struct SpeakersSplitCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Give the claims a speaker was credited with under one name to a speaker of their own.",
    discussion: """
      Undoes an automatic join (a surname alone joined to the one full name of that surname): \
      `verbatim speakers split "Dana Marsh" Marsh`. The correction is kept: documents ingested \
      later follow it.
      """
  )

  @Argument(help: "The speaker to split.")
  public var speaker: String
  @Argument(help: "The name whose claims become a separate speaker's.")
  public var alias: String
  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard let created = store.ask(console, { try $0.splitSpeaker(speaker, alias: alias) }) else { return 1 }
    console.print("Split the claims under \(alias) from \(speaker) as #\(created.id) \(created.name).")
    return 0
  }
}
