import Foundation
import Glibc
import Testing
import VerbatimCore
import VerbatimIngest

/// The rest of the hostile inputs: every way a document could make the parser read a file or open
/// a connection, and inputs built to take time or memory. Each must end in seconds with the text
/// (and diagnostics) or a clear error, and never reach outside the input.
@Suite("Hostile markup")
struct HostileMarkupTests {
  /// A TCP listener on a loopback port that counts the connections it is offered.
  final class Listener {
    let port: UInt16
    private let socket: Int32

    init() throws {
      let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      self.socket = socket
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
          bind(socket, pointer, length) == 0 && listen(socket, 8) == 0 && getsockname(socket, pointer, &length) == 0
        }
      }
      guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
      port = UInt16(bigEndian: address.sin_port)
      _ = fcntl(socket, F_SETFL, O_NONBLOCK)
    }

    /// Connections waiting to be accepted (the parser would have opened them).
    var connections: Int {
      var count = 0
      while case let client = accept(socket, nil, nil), client >= 0 {
        close(client)
        count += 1
      }
      return count
    }

    deinit { close(socket) }
  }

  func secretFile() throws -> URL {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-secret-\(UUID().uuidString)")
    try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
    return secret
  }

  /// Reads the markup, in seconds; returns the text, or the error's words.
  func outcome(_ markup: String, name: String) -> String {
    let started = Date()
    defer { #expect(Date().timeIntervalSince(started) < 5, "\(name) read in seconds") }
    do {
      return try Fixtures.read(bytes: Array(markup.utf8), name: name).text
    } catch {
      return "error: \(error)"
    }
  }

  @Test("external entities, parameter entities, an external DTD and XInclude reach no file and no server")
  func nothingOutside() throws {
    let secret = try secretFile()
    defer { try? FileManager.default.removeItem(at: secret) }
    let listener = try Listener()
    let http = "http://127.0.0.1:\(listener.port)/x"
    let documents = [
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"\(secret.path)\">]><d><p>A &e; B</p></d>",
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file://\(secret.path)\">]><d><p>A &e; B</p></d>",
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"\(http)\">]><d><p>A &e; B</p></d>",
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % p SYSTEM \"\(http)\"> %p;]><d><p>A B</p></d>",
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % p SYSTEM \"file://\(secret.path)\"> %p;]><d><p>A B</p></d>",
      "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"\(http)\"><d><p>A B</p></d>",
      "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"file://\(secret.path)\"><d><p>A B</p></d>",
      """
      <?xml version="1.0"?><d xmlns:xi="http://www.w3.org/2001/XInclude"><p>A B</p>\
      <xi:include href="\(secret.path)" parse="text"/><xi:include href="\(http)" parse="text"/></d>
      """,
    ]
    for (index, xml) in documents.enumerated() {
      let text = outcome(xml, name: "hostile-\(index).xml")
      #expect(!text.contains("TOP-SECRET"), "document \(index) read the file")
    }
    let html = "<html><body><p>A</p><iframe src=\"\(http)\"></iframe><img src=\"\(http)\"></body></html>"
    _ = outcome(html, name: "hostile.html")
    #expect(listener.connections == 0, "the parser opened a connection")
  }

  @Test("quadratic blow-up (one long entity referenced many times) is not expanded")
  func quadraticBlowUp() {
    let long = String(repeating: "x", count: 50_000)
    let xml =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"\(long)\">]><d><p>"
      + String(repeating: "&a;", count: 50_000) + "</p></d>"
    let text = outcome(xml, name: "quadratic.xml")
    #expect(text.utf8.count < 1_000_000)
  }

  @Test("XML nested 100,000 deep ends in seconds with an error naming the file, or the text")
  func deepXML() {
    let xml =
      "<?xml version=\"1.0\"?>" + String(repeating: "<a>", count: 100_000) + "deep"
      + String(repeating: "</a>", count: 100_000)
    let text = outcome(xml, name: "deep.xml")
    #expect(
      text == "deep" || (text.hasPrefix("error: deep.xml:") && text.contains("not well-formed")), "\(text.prefix(200))")
  }

  @Test("NUL bytes in a text file make it binary data, named as such")
  func nulBytes() {
    let bytes = Array("A quote, “said here.”\n".utf8) + [0, 0, 0, 1, 2, 0] + Array(repeating: UInt8(0), count: 64)
    let result = Result { try Fixtures.read(bytes: bytes, name: "nul.txt") }
    guard case .failure(let error) = result else {
      Issue.record("NUL bytes were read as text")
      return
    }
    #expect("\(error)".contains("nul.txt") && "\(error)".contains("binary data"))
  }
}
