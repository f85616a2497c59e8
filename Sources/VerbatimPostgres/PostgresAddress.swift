import Foundation

/// A PostgreSQL store's address, `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=…]` (or
/// `postgresql://`), read the way libpq reads it: user, password and database percent-decoded;
/// the host a name, an IPv4 address or a bracketed IPv6 one, or a folder holding the server's
/// socket (`%2Fvar%2Frun%2Fpostgresql`, or `?host=/var/run/postgresql`); the password, when the
/// address has none, from `PGPASSWORD`. It prints with the password as `***`, everywhere.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
  /// How the connection is encrypted, as libpq's `sslmode` says.
  public enum TLSMode: String, Sendable, CaseIterable {
    /// Never encrypted.
    case disable
    /// Encrypted when the server offers it (the certificate is not checked); the default.
    case prefer
    /// Always encrypted; the certificate is not checked (as libpq's `require`).
    case require
    /// Always encrypted, the server's certificate checked against `sslrootcert` or the system's
    /// roots, and its name against the host.
    case verifyFull = "verify-full"
  }

  public var user: String
  public var password: String?
  /// A host name or address; nil when the server is reached through its socket.
  public var host: String?
  public var port: Int
  /// The folder that holds the server's socket (`.s.PGSQL.PORT`), when it is reached that way.
  public var socketFolder: String?
  public var database: String
  public var tls: TLSMode
  /// A file of certificates to check the server's against (`sslrootcert`), for `verify-full`.
  public var rootCertificates: String?

  /// Whether `text` names a PostgreSQL store rather than a file.
  public static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads an address; the error says what is wrong without repeating the password.
  /// - Parameter environment: where `PGPASSWORD` and `PGUSER` are looked up (default: the process's).
  public init(_ text: String, environment: [String: String]? = nil) throws(PostgresAddressError) {
    let environment = environment ?? ProcessInfo.processInfo.environment
    guard let scheme = text.range(of: "://"), Self.isAddress(text) else {
      throw PostgresAddressError(reason: "it must begin with postgres:// or postgresql://")
    }
    var rest = Substring(text[scheme.upperBound...])
    var query: Substring = ""
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    var path: Substring = ""
    if let slash = rest.firstIndex(of: "/") {
      path = rest[rest.index(after: slash)...]
      rest = rest[..<slash]
    }
    var userInfo: Substring?
    if let at = rest.lastIndex(of: "@") {
      userInfo = rest[..<at]
      rest = rest[rest.index(after: at)...]
    }
    var user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
    var password: String?
    if let userInfo {
      let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      user = try Self.decode(parts[0], "user")
      if parts.count == 2 { password = try Self.decode(parts[1], "password") }
    }
    // The host: [v6]:port, host:port, host, or a percent-encoded socket folder.
    var hostText = rest
    var portText: Substring?
    if hostText.hasPrefix("[") {
      guard let close = hostText.firstIndex(of: "]") else {
        throw PostgresAddressError(reason: "an IPv6 host must be closed with ]")
      }
      let after = hostText[hostText.index(after: close)...]
      if after.hasPrefix(":") { portText = after.dropFirst() }
      hostText = hostText[hostText.index(after: hostText.startIndex)..<close]
    } else if let colon = hostText.lastIndex(of: ":") {
      portText = hostText[hostText.index(after: colon)...]
      hostText = hostText[..<colon]
    }
    var host: String? = hostText.isEmpty ? nil : try Self.decode(hostText, "host")
    var port = 5432
    if let portText {
      guard let number = Int(portText), (1...65535).contains(number) else {
        throw PostgresAddressError(reason: "the port “\(portText)” is not a number from 1 to 65535")
      }
      port = number
    }
    var database = path.isEmpty ? user : try Self.decode(path, "database name")
    var tls = TLSMode.prefer
    var rootCertificates: String?
    for pair in query.split(separator: "&") where !pair.isEmpty {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      let value = parts.count == 2 ? try Self.decode(parts[1], name) : ""
      switch name {
      case "sslmode":
        guard let mode = TLSMode(rawValue: value) else {
          throw PostgresAddressError(
            reason: "sslmode “\(value)” is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        tls = mode
      case "sslrootcert": rootCertificates = value
      case "host": host = value
      case "port":
        guard let number = Int(value), (1...65535).contains(number) else {
          throw PostgresAddressError(reason: "the port “\(value)” is not a number from 1 to 65535")
        }
        port = number
      case "user": user = value
      case "dbname": database = value
      case "password":
        throw PostgresAddressError(reason: "give the password before the host (USER:PASSWORD@HOST) or in PGPASSWORD")
      default:
        throw PostgresAddressError(
          reason: "unknown parameter “\(name)” (known: sslmode, sslrootcert, host, port, user, dbname)")
      }
    }
    if password == nil, let fromEnvironment = environment["PGPASSWORD"], !fromEnvironment.isEmpty {
      password = fromEnvironment
    }
    self.user = user
    self.password = password
    self.port = port
    self.database = database
    self.tls = tls
    self.rootCertificates = rootCertificates
    if let folder = host, folder.hasPrefix("/") {
      socketFolder = folder
      self.host = nil
    } else {
      socketFolder = nil
      self.host = host ?? "localhost"
    }
  }

  /// Any text given as an address with what stands for a password replaced by `***`, for
  /// messages about an address that could not be read.
  public static func redacted(_ text: String) -> String {
    guard let scheme = text.range(of: "://") else { return text }
    let rest = text[scheme.upperBound...]
    let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
    guard let at = rest[..<end].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else {
      return text.contains("password=") ? String(text[..<scheme.upperBound]) + "***" : text
    }
    var shown = String(text[..<rest.index(after: colon)]) + "***" + String(text[at...])
    if shown.contains("password=") { shown = String(shown[..<(shown.firstIndex(of: "?") ?? shown.endIndex)]) + "?***" }
    return shown
  }

  private static func decode(_ text: Substring, _ part: String) throws(PostgresAddressError) -> String {
    guard let decoded = String(text).removingPercentEncoding else {
      throw PostgresAddressError(reason: "the \(part) has a broken %-escape")
    }
    return decoded
  }

  /// The server as a person names it: `host:port`, or the socket's path.
  public var server: String {
    if let socketFolder { return socketPath(in: socketFolder) }
    let name = host ?? "localhost"
    return (name.contains(":") ? "[\(name)]" : name) + ":\(port)"
  }

  /// The socket of the server on `port` in a folder.
  func socketPath(in folder: String) -> String { folder + "/.s.PGSQL.\(port)" }

  /// The address with the password hidden: safe for any output, log or error.
  public var description: String {
    let encode = { (text: String) in
      text.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/")))
        ?? text
    }
    var text = "postgres://" + encode(user) + (password == nil ? "" : ":***") + "@"
    var parameters: [String] = []
    if let socketFolder {
      parameters.append("host=\(socketFolder)")
    } else {
      let name = host ?? "localhost"
      text += name.contains(":") ? "[\(name)]" : name
      if port != 5432 { text += ":\(port)" }
    }
    text += "/" + (database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? database)
    if socketFolder != nil && port != 5432 { parameters.append("port=\(port)") }
    if tls != .prefer { parameters.append("sslmode=\(tls.rawValue)") }
    if let rootCertificates { parameters.append("sslrootcert=\(rootCertificates)") }
    return parameters.isEmpty ? text : text + "?" + parameters.joined(separator: "&")
  }
}

/// Why a text is not a PostgreSQL address.
public struct PostgresAddressError: Error, Sendable, CustomStringConvertible {
  public var reason: String
  public var description: String { reason }
}
