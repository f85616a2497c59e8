public import VerbatimIngest

/// How `verbatim serve` runs: where it listens, and who may write to its store.
public struct ServerSettings: Sendable {
  /// The address to bind: loopback (`127.0.0.1`, `::1`, `localhost`) unless a token or
  /// read-only mode keeps the store safe from the network.
  public var host: String
  /// The port; 0 lets the system pick a free one (the server says which when it listens).
  public var port: Int
  /// The secret an upload must carry (`Authorization: Bearer …`); without one, uploads are refused.
  public var token: String?
  /// Refuse every change to the store (uploads get 403).
  public var readOnly: Bool
  /// How uploads are read: `maxBytes` caps their size as `--max-bytes` caps files read.
  public var reading: ReadOptions

  public init(
    host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, readOnly: Bool = false,
    reading: ReadOptions = ReadOptions()
  ) {
    self.host = host
    self.port = port
    self.token = token
    self.readOnly = readOnly
    self.reading = reading
  }

  /// The largest upload accepted, in bytes.
  public var maxBytes: Int { reading.maxBytes }

  /// Whether `host` names this machine's loopback interface only.
  public var isLoopback: Bool {
    let host = host.lowercased()
    if host == "localhost" || host == "::1" || host == "[::1]" { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }

  /// What is wrong with these settings, if anything, said so a user can fix it.
  public var problem: String? {
    if port < 0 || port > 65_535 { return "--port \(port) is not a port (0 to 65535; 0 picks a free one)" }
    if let token, token.count < 16 {
      return "--token must be at least 16 characters long (it guards uploads to the store)"
    }
    if !isLoopback && token == nil && !readOnly {
      return
        "--host \(host) would let anyone who can reach this machine change the store; give --token T (uploads then need it) or --read-only"
    }
    return nil
  }
}
