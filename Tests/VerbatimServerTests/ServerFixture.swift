import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import VerbatimCommands
import VerbatimGraph
import VerbatimIngest
import VerbatimServer

/// A store of the seed articles and a story whose quotes carry markup (`Inputs/`), built once
/// with `verbatim ingest` run in-process, and helpers to ask the server and the CLI about it.
enum ServerFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// The seeds and the hostile story in one store, for reading.
  static let store: String = makeStore()

  /// A new store with the seeds, for tests that write.
  static func makeStore() -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-serve-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = folder.appendingPathComponent("store.sqlite").path
    let run = CLI(["ingest", path("seeds"), path("Tests/VerbatimServerTests/Inputs"), "--store", store, "--quiet"])
    precondition(run.code == 0, "the fixture store could not be built: \(run.err)")
    return store
  }

  static func settings(token: String? = nil, readOnly: Bool = false, maxBytes: Int = 64 << 20) -> ServerSettings {
    var settings = ServerSettings(token: token, readOnly: readOnly)
    settings.reading.maxBytes = maxBytes
    return settings
  }

  /// The server's log, errors only, so the test output stays readable.
  static var quiet: Logger {
    var logger = Logger(label: "verbatim.serve.test")
    logger.logLevel = .error
    return logger
  }

  /// Sends requests to the application through Hummingbird's test client (no network).
  static func withServer<Value: Sendable>(
    _ settings: ServerSettings = ServerFixture.settings(), store: String = ServerFixture.store,
    _ body: @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    let graph = try GraphStore(path: store, create: false)
    return try await VerbatimServer.application(settings, store: graph, logger: quiet).test(.router, body)
  }
}

extension TestClientProtocol {
  /// A GET as a browser sends it (asking for HTML) or as a program does.
  func get(_ uri: String, html: Bool = false) async throws -> TestResponse {
    var headers: HTTPFields = [:]
    if html { headers[.accept] = "text/html,application/xhtml+xml" }
    return try await execute(uri: uri, method: .get, headers: headers, body: nil)
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }
  var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
}

/// A command run in-process, with what it printed.
struct CLI {
  let code: Int32
  let out: String
  let err: String

  /// What the command printed, parsed as JSON.
  var json: Any? { try? JSONSerialization.jsonObject(with: Data(out.utf8)) }

  init(_ arguments: [String]) {
    let box = Captured()
    let console = Console(
      writeOut: { bytes in box.append(out: bytes) }, writeError: { message in box.append(err: message) })
    code = VerbatimCommand.execute(arguments, console: console)
    out = box.out
    err = box.err
  }

  private final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var outBytes: [UInt8] = []
    private var errText = ""
    func append(out bytes: [UInt8]) { lock.withLock { outBytes += bytes } }
    func append(err text: String) { lock.withLock { errText += text } }
    var out: String { lock.withLock { String(decoding: outBytes, as: UTF8.self) } }
    var err: String { lock.withLock { errText } }
  }
}
