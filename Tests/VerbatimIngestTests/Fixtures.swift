import Foundation
import VerbatimCore
import VerbatimIngest

/// Files of the project that tests read: the seed articles and the examples.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  static func bytes(_ relative: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path(relative))!) }

  static func files(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
    // Files only: a folder of inputs that go together (a transcript and its register) is not one.
    return names.sorted().map { folder + "/" + $0 }.filter { name in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path(name), isDirectory: &isFolder) && !isFolder.boolValue
    }
  }

  static func read(_ relative: String) throws -> Document {
    try DocumentReader().read(path: path(relative))
  }

  /// Reads bytes given in a test, named `name` (its ending picks the reader).
  static func read(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) throws -> Document {
    try DocumentReader(options: options).read(bytes: bytes, path: name)
  }
}
