/// The lowercased extension of a path's last component ("html" for "news/Story.HTML"; "" for
/// "README" or ".profile"), as `NSString.pathExtension` gives it but without bridging a string
/// per file.
enum FileExtension {
  static func of(_ path: String) -> String {
    var name = Substring(path)
    while name.count > 1 && name.hasSuffix("/") { name = name.dropLast() }
    if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }
}
