import Foundation
import Glibc
public import VerbatimCore

/// Buffered standard output and standard error for commands, replaceable in tests.
public final class Console: @unchecked Sendable {
  private let lock = NSLock()
  private var outBuffer: [UInt8] = []
  private let writeOut: ([UInt8]) -> Void
  private let writeError: (String) -> Void
  /// Whether standard error is a terminal (progress is shown only there).
  public let showsProgress: Bool

  public init(
    writeOut: @escaping ([UInt8]) -> Void, writeError: @escaping (String) -> Void, showsProgress: Bool = false
  ) {
    self.writeOut = writeOut
    self.writeError = writeError
    self.showsProgress = showsProgress
  }

  /// The process's own standard output and error.
  public static let standard = Console(
    writeOut: { bytes in
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
    },
    writeError: { message in
      FileHandle.standardError.write(message.data(using: .utf8) ?? Data())
    },
    showsProgress: isatty(2) != 0)

  public func print(_ line: String) {
    lock.lock()
    outBuffer.append(contentsOf: line.utf8)
    outBuffer.append(0x0A)
    let full = outBuffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
  }

  /// Prints text as it is (no line break added).
  public func write(_ text: String) {
    lock.lock()
    outBuffer.append(contentsOf: text.utf8)
    let full = outBuffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
  }

  /// Prints bytes as they are (JSON a writer built, say); large output goes out at once.
  public func write(bytes: [UInt8]) {
    lock.lock()
    outBuffer.append(contentsOf: bytes)
    let full = outBuffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
  }

  /// Prints what a JSON writer holds and empties it.
  public func write(_ json: inout JSONWriter) {
    json.drain(to: write(bytes:))
  }

  /// Prints an output type as JSON and a line break, encoded straight into bytes
  /// (`JSONStreamEncoder`) and handed out in chunks as it is written.
  public func print(encoding value: some Encodable, pretty: Bool) {
    var json = JSONWriter(pretty: pretty)
    write(encoding: value, to: &json)
    json.newline()
    write(&json)
  }

  /// Encodes an output type into `json`, handing what is written on in chunks as it goes.
  public func write(encoding value: some Encodable, to json: inout JSONWriter) {
    // Output types hold strings, numbers, booleans and arrays of them, and the stream encoder
    // throws nothing: encoding cannot fail.
    try? JSONStreamEncoder().encode(value, into: &json) { self.write(&$0) }
  }

  /// Prints a JSON value and a line break, streaming it out in chunks.
  public func print(_ value: JSONValue, pretty: Bool) {
    lock.lock()
    value.write(to: &outBuffer, pretty: pretty) { buffer in
      self.writeOut(buffer)
      buffer.removeAll(keepingCapacity: true)
    }
    outBuffer.append(0x0A)
    let full = outBuffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
  }

  public func error(_ message: String) {
    flush()
    writeError(message.hasSuffix("\n") ? message : message + "\n")
  }

  /// A progress line on a terminal, overwritten by the next one.
  public func progress(_ message: String) {
    guard showsProgress else { return }
    writeError("\r\u{1B}[K" + message)
  }

  public func endProgress() {
    guard showsProgress else { return }
    writeError("\r\u{1B}[K")
  }

  public func flush() {
    lock.lock()
    let bytes = outBuffer
    outBuffer.removeAll(keepingCapacity: true)
    lock.unlock()
    if !bytes.isEmpty { writeOut(bytes) }
  }
}
