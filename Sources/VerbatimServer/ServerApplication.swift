public import Hummingbird
public import Logging
import NIOCore
public import VerbatimGraph

/// The web application of `verbatim serve`: the pages, the JSON API and the assets over one
/// store, behind the error, security and logging middleware. Tests build it with this function
/// and drive it with Hummingbird's test client; `verbatim serve` runs it.
public enum VerbatimServer {
  /// The application over `store` (any backend the CLI opens) for `settings`; `onListening`
  /// hears the address once the server listens (with the port the system chose when
  /// `settings.port` is 0).
  public static func application(
    _ settings: ServerSettings, store: GraphStore, logger: Logger = Logger(label: "verbatim.serve"),
    onListening: @escaping @Sendable (String) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let router = Router()
    router.add(middleware: RequestLog(logger: logger))
    router.add(middleware: SecurityHeaders())
    router.add(middleware: ErrorResponses())
    Assets.register(on: router)
    let work = StoreWork()
    let search = SearchPage(store: store)
    let speakers = SpeakersPage(store: store)
    let documents = DocumentPage(store: store, maxBytes: settings.maxBytes)
    router.get("/") { request, context in try await work { try search.respond(request) } }
    router.get("/search") { request, context in try await work { try search.respond(request) } }
    router.get("/speakers") { request, context in try await work { try speakers.list(request) } }
    router.get("/speakers/{id}") { request, context in
      try await work { try speakers.speaker(request, context: context) }
    }
    router.get("/documents/{id}") { request, context in
      try await work { try documents.document(request, context: context) }
    }
    router.get("/documents/{id}/source") { request, context in
      try await work { try documents.source(request, context: context) }
    }
    router.get("/verify") { request, context in try await work { try VerifyPage(store: store).respond(request) } }
    router.get("/variants") { request, context in try await work { try VariantsPage(store: store).respond(request) } }
    router.get("/cite") { request, context in
      try await work { try CiteDownload(store: store).respond(request, download: true) }
    }
    let upload = DocumentUpload(store: store, settings: settings)
    APIController(store: store, upload: upload, work: work).register(on: router.group("/api/v1"))
    let host = settings.host.contains(":") && !settings.host.hasPrefix("[") ? "[\(settings.host)]" : settings.host
    return Application(
      router: router,
      configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port)),
      onServerRunning: { channel in
        onListening("http://\(host):\(channel.localAddress?.port ?? settings.port)/")
      },
      logger: logger)
  }

  /// Builds the application and runs it until SIGINT or SIGTERM, then stops gracefully: no new
  /// connections, the requests in progress answered (swift-service-lifecycle's service group).
  public static func run(
    _ settings: ServerSettings, store: GraphStore, onListening: @escaping @Sendable (String) -> Void = { _ in }
  ) async throws {
    var logger = Logger(label: "verbatim.serve")
    logger.logLevel = .info
    try await application(settings, store: store, logger: logger, onListening: onListening).runService()
  }
}
