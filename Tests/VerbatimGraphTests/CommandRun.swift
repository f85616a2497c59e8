import Foundation
import VerbatimCommands

/// One `verbatim` command run in-process, with what it printed and its exit code.
struct CommandRun {
  let code: Int32
  let out: String
  let err: String

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
