import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import VerbatimGraph

@testable import VerbatimServer

@Suite("verbatim serve: the JSON API")
struct APITests {
  /// The words of a query string, `+` between them.
  static func words(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "+") }

  @Test("each answer is byte for byte what the command prints with --format json")
  func sameAsCommands() async throws {
    let store = ServerFixture.store
    let unacceptable = "the remarks that have been made are completely and utterly unacceptable"
    let cases: [(String, [String])] = [
      ("/api/v1/who-said?q=pretext+to+invade+Gaza", ["who-said", "pretext to invade Gaza"]),
      ("/api/v1/who-said?q=\(Self.words(unacceptable))&limit=3", ["who-said", unacceptable, "--limit", "3"]),
      ("/api/v1/said-by?speaker=Azhar+Ali", ["said-by", "Azhar Ali"]),
      (
        "/api/v1/verify?speaker=Thomas-Symonds&q=\(Self.words(unacceptable))",
        ["verify", "--speaker", "Thomas-Symonds", unacceptable]
      ),
      (
        "/api/v1/verify?speaker=Keir+Starmer&q=\(Self.words(unacceptable))",
        ["verify", "--speaker", "Keir Starmer", unacceptable]
      ),
      (
        "/api/v1/verify?speaker=Mira+Okonde&q=nothing+like+this+was+said",
        ["verify", "--speaker", "Mira Okonde", "nothing like this was said"]
      ),
      ("/api/v1/variants", ["variants"]),
      ("/api/v1/speakers", ["speakers", "list"]),
      ("/api/v1/speakers?name=Okonde", ["speakers", "list", "Okonde"]),
    ]
    try await ServerFixture.withServer { client in
      for (uri, arguments) in cases {
        let response = try await client.get(uri)
        let cli = CLI(arguments + ["--store", store, "--format", "json"])
        #expect(response.status == .ok, "\(uri)")
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(!cli.out.isEmpty && response.text == cli.out, "\(uri) against \(arguments)")
      }
      let first = try #require(
        ((try await client.get("/api/v1/who-said?q=pretext+to+invade+Gaza")).json as? [[String: Any]])?.first)
      let key = try #require((first["claim"] as? [String: Any])?["id"] as? String)
      let number = try #require((first["claim"] as? [String: Any])?["number"] as? Int)
      let trace = try await client.get("/api/v1/trace/\(key)")
      #expect(trace.text == CLI(["trace", key, "--store", store, "--format", "json"]).out)
      let byNumber = try await client.get("/api/v1/trace/%23\(number)")
      #expect(byNumber.text == trace.text)
    }
  }

  @Test("a document's JSON has the stored document, its text and its claims in order")
  func document() async throws {
    try await ServerFixture.withServer { client in
      let match = try #require(
        ((try await client.get("/api/v1/who-said?q=dead+on+arrival")).json as? [[String: Any]])?.first)
      let id = try #require(((match["claim"] as? [String: Any])?["document"] as? [String: Any])?["id"] as? String)
      let answer = try #require((try await client.get("/api/v1/documents/\(id)")).json as? [String: Any])
      #expect((answer["document"] as? [String: Any])?["id"] as? String == id)
      #expect((answer["text"] as? String)?.contains("<script>window.pwned = 1</script>") == true)
      let claims = try #require(answer["claims"] as? [[String: Any]])
      #expect(claims.count == 2)
      #expect(claims.map { ($0["start"] as? [String: Int])?["line"] ?? 0 } == [5, 7])
    }
  }

  @Test("bad parameters get a 400 with a JSON error naming the parameter; unknown ids a 404")
  func badParameters() async throws {
    try await ServerFixture.withServer { client in
      let cases: [(String, HTTPResponse.Status, String)] = [
        ("/api/v1/who-said", .badRequest, "parameter q: missing"),
        ("/api/v1/who-said?q=x&limit=ten", .badRequest, "parameter limit: “ten” is not a whole number"),
        ("/api/v1/who-said?q=x&limit=0", .badRequest, "parameter limit"),
        ("/api/v1/who-said?q=%E0%A4", .badRequest, "parameter q: not valid percent-encoded UTF-8"),
        ("/api/v1/verify?speaker=Ana+Ruiz", .badRequest, "parameter q: missing"),
        ("/api/v1/said-by", .badRequest, "parameter speaker: missing"),
        ("/api/v1/trace/12", .badRequest, "parameter claim: “12” is not a claim id"),
        ("/api/v1/trace/abc-1-2", .notFound, "no claim abc-1-2"),
        ("/api/v1/documents/..%2F..%2Fetc%2Fpasswd", .badRequest, "parameter id: not a document id"),
        ("/documents/..%2F..%2Fetc%2Fpasswd/source", .badRequest, "parameter id: not a document id"),
        ("/documents/%2Fetc%2Fpasswd", .badRequest, "parameter id: not a document id"),
        (
          "/documents/sha256:0000000000000000000000000000000000000000000000000000000000000000", .notFound, "no document"
        ),
        (
          "/search?q=x&kind=quote", .badRequest,
          "parameter kind: “quote” is not one of direct, mixed, indirect, statement"
        ),
        ("/search?q=x&from=yesterday", .badRequest, "parameter from: “yesterday” is not a date"),
        ("/search?q=x&from=2024-05&to=2024-01", .badRequest, "parameter from"),
        ("/cite?format=docx", .badRequest, "parameter format"),
        ("/speakers/twelve", .badRequest, "parameter id"),
        ("/nowhere", .notFound, "not found"),
      ]
      for (uri, status, message) in cases {
        let response = try await client.get(uri)
        #expect(response.status == status, "\(uri)")
        #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
        let error = try #require((response.json as? [String: Any])?["error"] as? [String: Any], "\(uri)")
        #expect(error["status"] as? Int == Int(status.code), "\(uri)")
        #expect((error["message"] as? String)?.contains(message) == true, "\(uri): \(error["message"] ?? "")")
      }
      let page = try await client.get("/search?q=x&kind=quote", html: true)
      #expect(page.status == .badRequest && page.text.contains("<p class=\"problem\">"), "a browser gets a page")
    }
  }

  @Test("uploads need the token, are refused read-only, are capped by --max-bytes, and land in the store")
  func uploads() async throws {
    let token = "a-long-newsroom-secret-0042"
    let story = ByteBuffer(string: "“We will open the ferry pier in May,” said Tomas Reyes, the port director.\n")
    let post = { @Sendable (client: any TestClientProtocol, uri: String, authorization: String?) in
      var headers: HTTPFields = [.contentType: "text/plain"]
      if let authorization { headers[.authorization] = authorization }
      return try await client.execute(uri: uri, method: .post, headers: headers, body: story)
    }
    try await ServerFixture.withServer(ServerFixture.settings(readOnly: true)) { client in
      let refused = try await post(client, "/api/v1/documents?name=pier.txt", "Bearer \(token)")
      #expect(refused.status == .forbidden && refused.text.contains("read-only"))
    }
    try await ServerFixture.withServer(store: ServerFixture.makeStore()) { client in
      let refused = try await post(client, "/api/v1/documents?name=pier.txt", nil)
      #expect(refused.status == .forbidden && refused.text.contains("--token"))
    }
    let store = ServerFixture.makeStore()
    try await ServerFixture.withServer(ServerFixture.settings(token: token, maxBytes: 200), store: store) { client in
      let none = try await post(client, "/api/v1/documents?name=pier.txt", nil)
      #expect(none.status == .unauthorized && none.headers[.wwwAuthenticate] != nil)
      let wrong = try await post(client, "/api/v1/documents?name=pier.txt", "Bearer \(token)x")
      #expect(wrong.status == .unauthorized)
      let badName = try await post(client, "/api/v1/documents?name=..%2F..%2Fetc%2Fcron.d%2Fx%00", "Bearer \(token)")
      #expect(badName.status == .badRequest)
      let added = try await post(client, "/api/v1/documents?name=pier.txt", "Bearer \(token)")
      #expect(added.status == .created)
      let line = try #require(added.json as? [String: Any])
      #expect(
        line["status"] as? String == "added" && line["claims"] as? Int == 1
          && line["path"] as? String == "upload/pier.txt")
      let again = try await post(client, "/api/v1/documents?name=pier.txt", "Bearer \(token)")
      #expect(again.status == .ok && (again.json as? [String: Any])?["status"] as? String == "already-present")
      let found = try await client.get("/api/v1/who-said?q=open+the+ferry+pier")
      #expect(found.text.contains("Tomas Reyes"))
      let big = ByteBuffer(string: String(repeating: "words ", count: 100))
      let tooLarge = try await client.execute(
        uri: "/api/v1/documents?name=big.txt", method: .post, headers: [.authorization: "Bearer \(token)"], body: big)
      #expect(tooLarge.status == .contentTooLarge)
    }
  }

  @Test("the token is never logged, and the settings refuse a network address without a token")
  func tokenStaysSecret() async throws {
    let token = "never-print-this-secret-77"
    let lines = LogLines()
    let logger = Logger(label: "test") { _ in LogLines.Handler(lines: lines) }
    let app = VerbatimServer.application(
      ServerFixture.settings(token: token), store: try GraphStore(path: ServerFixture.makeStore(), create: false),
      logger: logger)
    try await app.test(.router) { client in
      for authorization in ["Bearer \(token)", "Bearer wrong-\(token)"] {
        _ = try await client.execute(
          uri: "/api/v1/documents?name=a.txt", method: .post, headers: [.authorization: authorization],
          body: ByteBuffer(string: "“Short,” said Ana Ruiz.\n"))
      }
    }
    #expect(lines.all.count >= 2)
    #expect(!lines.all.contains { $0.contains("secret") })
    #expect(ServerSettings(host: "0.0.0.0").problem?.contains("--token") == true)
    #expect(ServerSettings(host: "0.0.0.0", token: token).problem == nil)
    #expect(ServerSettings(host: "0.0.0.0", readOnly: true).problem == nil)
    #expect(ServerSettings(host: "127.0.0.2").problem == nil)
    #expect(ServerSettings(host: "::1").problem == nil)
    #expect(ServerSettings(token: "short").problem?.contains("16") == true)
    let refused = CLI(["serve", "--host", "0.0.0.0", "--store", ServerFixture.store])
    #expect(refused.code == 64 && refused.err.contains("--token"))
  }

  @Test("the OpenAPI document is 3.1 and describes every route with the schemas of schemas/")
  func openAPI() async throws {
    try await ServerFixture.withServer { client in
      let document = try #require((try await client.get("/api/v1/openapi.json")).json as? [String: Any])
      #expect(document["openapi"] as? String == "3.1.0")
      let paths = try #require(document["paths"] as? [String: Any])
      for path in [
        "/who-said", "/said-by", "/verify", "/variants", "/trace/{claim}", "/speakers", "/cite", "/documents/{id}",
        "/documents",
      ] {
        #expect(paths[path] != nil, "\(path)")
      }
      let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
      #expect(schemas["stored-claim"] != nil && schemas["who-said"] != nil && schemas["Error"] != nil)
    }
  }

  @Test("the schemas the API serves are the ones in schemas/ (python3 tools/embed-schemas.py copies them)")
  func embeddedSchemas() throws {
    for (name, text) in APISchemas.all {
      let file = try String(contentsOfFile: ServerFixture.path("schemas/\(name)"), encoding: .utf8)
      #expect(text + "\n" == file, "\(name) differs from schemas/\(name): run python3 tools/embed-schemas.py")
    }
  }
}

/// Log lines captured from the server's logger.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  var all: [String] { lock.withLock { lines } }
  func append(_ line: String) { lock.withLock { lines.append(line) } }

  struct Handler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }
    // swift-format-ignore: FunctionParameterCount
    func log(
      level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
      function: String, line: UInt
    ) {
      lines.append("\(message) \(metadata ?? [:]) \(self.metadata)")
    }
  }
}
