import Foundation
import Glibc

/// Loading a file's bytes with the size cap, and the checks that refuse what is not a document.
enum InputFile {
  static func load(path: String, maxBytes: Int) throws(ReadError) -> [UInt8] {
    if path == "-" {
      var bytes: [UInt8] = []
      let handle = FileHandle.standardInput
      while true {
        let chunk: Data?
        do { chunk = try handle.read(upToCount: 1 << 20) } catch {
          throw ReadError(path: path, reason: "standard input could not be read (\(error.localizedDescription))")
        }
        guard let chunk, !chunk.isEmpty else { break }
        bytes.append(contentsOf: chunk)
        if bytes.count > maxBytes { throw ReadError(path: path, reason: tooLarge(bytes.count, max: maxBytes)) }
      }
      return bytes
    }
    // Opened, measured and read with the system calls themselves: Foundation's file manager and
    // file handle cost more than reading a news article's text.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      var status = stat()
      guard stat(path, &status) == 0 else { throw ReadError(path: path, reason: "no such file") }
      if status.st_mode & S_IFMT == S_IFDIR { throw ReadError(path: path, reason: "is a folder, not a file") }
      throw ReadError(path: path, reason: "cannot be opened (permission denied?)")
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR { throw ReadError(path: path, reason: "is a folder, not a file") }
      let size = Int(status.st_size)
      if size > maxBytes { throw ReadError(path: path, reason: tooLarge(size, max: maxBytes)) }
    }
    // Up to one byte over the cap, so that a file that grew since is refused too.
    let limit = maxBytes < Int.max ? maxBytes + 1 : maxBytes
    var bytes = [UInt8](repeating: 0, count: min(limit, max(Int(status.st_size), 0) + 1))
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count < limit else { break }
        bytes.append(contentsOf: repeatElement(0, count: min(limit, bytes.count * 2) - bytes.count))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        throw ReadError(path: path, reason: "could not be read (\(String(cString: strerror(errno))))")
      }
      if read == 0 { break }
      count += read
    }
    bytes.removeSubrange(count...)
    if bytes.count > maxBytes { throw ReadError(path: path, reason: tooLarge(bytes.count, max: maxBytes)) }
    return bytes
  }

  static func tooLarge(_ size: Int, max: Int) -> String {
    "is \(megabytes(size)), over the \(megabytes(max)) limit (raise it with --max-bytes)"
  }

  static func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value >= 10 ? "\(Int(value.rounded())) MB" : "\((value * 10).rounded() / 10) MB"
  }

  /// Why the bytes are not a text document (NULs or control bytes where text would have none,
  /// outside UTF-16), or nil when they may be one.
  static func binaryReason(_ bytes: [UInt8]) -> String? {
    let sample = bytes.prefix(8192)
    guard !sample.isEmpty else { return nil }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    var nul = 0
    var control = 0
    var evenNul = 0
    var oddNul = 0
    sample.withUnsafeBufferPointer { buffer in
      for offset in buffer.indices where buffer[offset] < 0x20 {
        let byte = buffer[offset]
        if byte == 0 {
          nul += 1
          if offset % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
        } else if byte < 0x09 || (byte > 0x0D && byte != 0x1B) {
          control += 1
        }
      }
    }
    // UTF-16 without a byte-order mark: NULs in one column only.
    if nul * 3 >= sample.count && (evenNul == 0 || oddNul == 0) { return nil }
    // Text has next to no control bytes; images, archives and executables are full of them.
    if (nul + control) * 20 > sample.count {
      return "is not a text document (it looks like binary data)"
    }
    return nil
  }
}
