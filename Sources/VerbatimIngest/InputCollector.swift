import Foundation

/// Expands what a user named on the command line (files, folders, `-`) into the files to read:
/// folders recursively, by name ending, in a stable order, each file once, symlink loops cut.
public enum InputCollector {
  /// One file to read, or a problem with something the user named.
  public enum Item: Sendable, Equatable {
    case file(String)
    case problem(ReadError)

    public static func == (lhs: Item, rhs: Item) -> Bool {
      switch (lhs, rhs) {
      case (.file(let a), .file(let b)): return a == b
      case (.problem(let a), .problem(let b)): return a.description == b.description
      default: return false
      }
    }
  }

  public static func collect(_ arguments: [String], extensions: Set<String> = DocumentReader.extensions) -> [Item] {
    var items: [Item] = []
    var seen = Set<String>()
    let manager = FileManager.default
    for argument in arguments {
      if argument == "-" {
        items.append(.file("-"))
        continue
      }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        items.append(.problem(ReadError(path: argument, reason: "no such file or folder")))
        continue
      }
      guard isDirectory.boolValue else {
        if seen.insert(canonical(argument)).inserted { items.append(.file(argument)) }
        continue
      }
      var visitedFolders = Set<String>()
      var pending = [argument]
      while let folder = pending.popLast() {
        guard visitedFolders.insert(canonical(folder)).inserted else {
          items.append(
            .problem(ReadError(path: folder, reason: "skipped: a symbolic link loops back to a folder already read")))
          continue
        }
        let entries: [String]
        do { entries = try manager.contentsOfDirectory(atPath: folder).sorted() } catch {
          items.append(.problem(ReadError(path: folder, reason: "the folder cannot be listed (permission denied?)")))
          continue
        }
        var subfolders: [String] = []
        for entry in entries where !entry.hasPrefix(".") {
          let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
          var entryIsDirectory: ObjCBool = false
          guard manager.fileExists(atPath: path, isDirectory: &entryIsDirectory) else { continue }
          if entryIsDirectory.boolValue {
            subfolders.append(path)
          } else if extensions.contains(FileExtension.of(entry)) {
            if seen.insert(canonical(path)).inserted { items.append(.file(path)) }
          }
        }
        pending.append(contentsOf: subfolders.reversed())
      }
    }
    return items
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}
