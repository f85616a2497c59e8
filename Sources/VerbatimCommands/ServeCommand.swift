public import ArgumentParser
import Dispatch
import Foundation
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimServer

/// `verbatim serve`: the store as web pages and a JSON API, on this machine or the newsroom's.
public struct ServeCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the store as web pages (search, speakers, documents, verify, variants, citations) and a JSON API.",
    discussion: """
      Pages: /search?q=WORDS, /speakers/ID, /documents/ID, /verify?speaker=NAME&q=WORDS, /variants, \
      /cite?q=WORDS&format=bibtex. The JSON API under /api/v1/ answers as the commands do with \
      --format json; /api/v1/openapi.json describes it. POST /api/v1/documents?name=FILE adds the \
      request's body to the store, with the token (Authorization: Bearer TOKEN).

      The server listens on loopback (127.0.0.1) unless told otherwise; any other address needs \
      --token or --read-only. The token may also come from $VERBATIM_TOKEN (which keeps it out \
      of the process list); it is never logged. SIGINT (Ctrl-C) or SIGTERM stop the server \
      after the requests in progress are answered.
      """
  )

  @OptionGroup public var store: StoreOptionGroup

  @Option(name: .long, help: "The address to listen on.")
  public var host = "127.0.0.1"

  @Option(name: .long, help: "The port to listen on (0: any free port, printed when listening).")
  public var port = 8080

  @Option(name: .long, help: "The secret uploads must carry (at least 16 characters). Default: $VERBATIM_TOKEN.")
  public var token: String?

  @Flag(name: .long, help: "Refuse every change to the store.")
  public var readOnly = false

  @OptionGroup public var reading: ReadOptionGroup

  public init() {}

  var settings: ServerSettings {
    let secret = token ?? ProcessInfo.processInfo.environment["VERBATIM_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    return ServerSettings(
      host: host, port: port, token: secret, readOnly: readOnly, reading: reading.options)
  }

  public func validate() throws {
    if let problem = settings.problem { throw ValidationError(problem) }
  }

  public func run(console: Console) throws -> Int32 {
    let settings = self.settings
    let graph: GraphStore
    let counts: StoreCounts
    do {
      graph = try store.open(create: false)
      counts = try graph.counts()
    } catch {
      console.error("verbatim: \(error)")
      return 1
    }
    let name = graph.path
    let announce = { @Sendable (address: String) in
      let writes =
        settings.readOnly ? "read-only" : settings.token == nil ? "uploads off (no --token)" : "uploads need the token"
      console.error(
        "Serving \(name) (\(counted(counts.documents, "document")), "
          + "\(counted(counts.claims, "claim")); \(writes)) at \(address)")
      if !settings.isLoopback {
        console.error("Listening beyond this machine: anyone who can reach \(settings.host) can read the store.")
      }
      console.error("Ctrl-C stops the server.")
    }
    let finished = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
      do {
        try await VerbatimServer.run(settings, store: graph, onListening: announce)
      } catch {
        outcome.set("verbatim: the server stopped: \(error)")
      }
      finished.signal()
    }
    finished.wait()
    if let failure = outcome.value {
      console.error(failure)
      return 1
    }
    console.error("Stopped.")
    return 0
  }
}

/// A failure message set by the server's task and read after it ends.
private final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private var message: String?
  func set(_ text: String) { lock.withLock { message = text } }
  var value: String? { lock.withLock { message } }
}
