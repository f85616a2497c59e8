import Hummingbird
import Logging

/// One log line per request: method, path (never the query, where words and names are, nor
/// any header, where the token is), status and time taken.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
  let logger: Logger

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    let start = ContinuousClock.now
    let response = try await next(request, context)
    let elapsed = ContinuousClock.now - start
    let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(Int(milliseconds.rounded())) ms")
    return response
  }
}
