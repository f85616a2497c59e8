import HTTPTypes
import Hummingbird
import NIOCore
import VerbatimCore

/// Responses with the right type and encoding: pages, JSON, downloads.
enum Reply {
  static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
  }

  /// JSON as the CLI prints it with `--format json` (pretty, one line break at the end).
  static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    var bytes: [UInt8] = []
    value.write(to: &bytes, pretty: true)
    bytes.append(0x0A)
    return Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// The JSON error every failed request gets: `{"error": {"status": 400, "message": "…"}}`.
  static func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
    json(.object([("error", .object([("status", .int(status.code)), ("message", .string(message))]))]), status: status)
  }

  /// Text of a given media type; with `filename`, offered as a download.
  static func text(_ text: String, type: String, filename: String? = nil) -> Response {
    var headers: HTTPFields = [.contentType: type]
    if let filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}
