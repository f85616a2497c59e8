import Foundation

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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ReadError(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw ReadError(path: path, reason: "is a folder, not a file") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > maxBytes { throw ReadError(path: path, reason: tooLarge(size, max: maxBytes)) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ReadError(path: path, reason: "cannot be opened (permission denied?)")
    }
    defer { try? handle.close() }
    let data: Data?
    do { data = try handle.read(upToCount: maxBytes + 1) } catch {
      throw ReadError(path: path, reason: "could not be read (\(error.localizedDescription))")
    }
    let bytes = [UInt8](data ?? Data())
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
