import Foundation
import HTTPTypes
import Hummingbird
import VerbatimGraph

/// Turns whatever a route throws into a response: a `RequestProblem` or Hummingbird's own
/// errors (404, 413) keep their status; a store error is a 500 naming the store and the
/// problem. The API (and any client that does not ask for HTML) gets
/// `{"error": {"status": 400, "message": "…"}}`; a browser gets the same message as a page.
struct ErrorResponses<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    do {
      return try await next(request, context)
    } catch {
      let (status, message) = Self.describe(error)
      let wantsPage =
        !request.uri.path.hasPrefix("/api/")
        && (request.headers[.accept]?.contains("text/html") ?? false)
      var response =
        wantsPage ? Self.page(status: status, message: message) : Reply.problem(status, message)
      if let problem = error as? RequestProblem { response.headers.append(contentsOf: problem.headers) }
      return response
    }
  }

  static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
    switch error {
    case let problem as RequestProblem: return (problem.status, problem.message)
    case let error as HTTPError: return (error.status, error.body ?? error.status.reasonPhrase.lowercased())
    case let error as any HTTPResponseError: return (error.status, error.status.reasonPhrase.lowercased())
    case let error as StoreError: return (.internalServerError, "\(error)")
    default: return (.internalServerError, "the server could not answer: \(error)")
    }
  }

  static func page(status: HTTPResponse.Status, message: String) -> Response {
    let body = "<p class=\"problem\">\(HTML.escape(message))</p>\n<p><a href=\"/\">Start again</a></p>\n"
    return Reply.html(HTML.page(title: "\(status.code) \(status.reasonPhrase)", body: body), status: status)
  }
}
