public import HTTPTypes
public import Hummingbird

/// An error a request earns: its status and a message for the person or program that sent it.
/// Thrown by controllers and parameter checks; `ErrorResponses` writes it as JSON (for the API
/// and programs) or as a page (for a browser).
public struct RequestProblem: Error, Sendable, HTTPResponseError {
  public var status: HTTPResponse.Status
  public var message: String
  /// Headers the response must carry (`WWW-Authenticate` on a 401).
  public var headers: HTTPFields

  public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
    self.status = status
    self.message = message
    self.headers = headers
  }

  static func badParameter(_ name: String, _ why: String) -> RequestProblem {
    RequestProblem(.badRequest, "parameter \(name): \(why)")
  }

  public func response(from request: Request, context: some RequestContext) throws -> Response {
    var response = Reply.problem(status, message)
    response.headers.append(contentsOf: headers)
    return response
  }
}
