public import ArgumentParser
import VerbatimCore

/// The `verbatim` command: quotes, who said them, and where, traced to the byte.
public struct VerbatimCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "verbatim",
    abstract: "Pull quotes and claims out of articles, transcripts and documents, and trace each to its source.",
    discussion: """
      Every position printed is a place in the file as stored on disk: byte (0-based), line and \
      column (1-based, in Unicode scalars). For HTML and XML that is the markup file.

      Exit codes: 0 every input was read; 1 some input failed (the rest were still read and \
      printed) or the store could not be opened or written; 2 to 5 the verdict of `verify` \
      (see `verbatim verify --help`), 5 also when `who-said` or `said-by` find nothing; 64 the \
      command line was wrong.
      """,
    version: "0.1.0",
    subcommands: [
      ReadCommand.self, ExtractCommand.self, IngestCommand.self, WhoSaidCommand.self, SaidByCommand.self,
      VerifyCommand.self, VariantsCommand.self, TraceCommand.self, SpeakersCommand.self, CiteCommand.self,
      ExportCommand.self, ReportCommand.self, StoreCommand.self, ServeCommand.self,
    ]
  )

  public init() {}

  /// Parses `arguments` and runs the command with `console`, returning the exit code; for tests
  /// and embedding.
  public static func execute(_ arguments: [String], console: Console) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      if let runnable = command as? any ConsoleCommand {
        let code = try runnable.run(console: console)
        console.flush()
        return code
      }
      try command.run()
      return 0
    } catch {
      console.flush()
      let code = exitCode(for: error).rawValue
      let message = fullMessage(for: error)
      if !message.isEmpty { console.error(message) }
      return code
    }
  }
}

/// A command that prints through a `Console` and returns its exit code.
public protocol ConsoleCommand: ParsableCommand {
  func run(console: Console) throws -> Int32
}

extension ConsoleCommand {
  public func run() throws {
    let code = try run(console: .standard)
    Console.standard.flush()
    if code != 0 { throw ExitCode(code) }
  }
}

extension VerbatimCommand {
  /// Runs the tool on the process's own arguments and exits with its code.
  public static func runAsMain() { main() }
}
