import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import VerbatimGraph

/// Store errors from what the driver and the server say, naming the server and why, and never
/// the password (the address prints with `***`; the driver's own descriptions are not used).
enum PostgresErrors {
  static func explain(_ error: any Error, address: PostgresAddress, connecting: Bool = false) -> StoreError {
    if let error = error as? StoreError { return error }
    let reason = self.reason(error, address: address)
    return StoreError(
      path: address.description, reason: connecting ? "cannot connect to \(address.server): \(reason)" : reason)
  }

  private static func reason(_ error: any Error, address: PostgresAddress) -> String {
    guard let error = error as? PSQLError else { return describe(error) }
    switch error.code {
    case .server:
      let state = error.serverInfo?[.sqlState] ?? ""
      let message = error.serverInfo?[.message] ?? "the server refused"
      switch state {
      case "28P01", "28000": return message
      case "3D000": return "\(message) (create it first: createdb \(address.database))"
      case "42501":
        return
          "\(message): this role may read the store but not write it (see the README's grants for writers and readers)"
      case "55P03":
        return
          "another verbatim process has held the store's write lock for \(PostgresBackend.lockTimeout); try again when it ends"
      case "53100": return "the server's disk is full; nothing of this transaction was written"
      case "53300": return "\(message) (the server has too many connections)"
      case "57P01", "57P02", "57P03": return "the server is shutting down or starting: \(message)"
      default: return state.isEmpty ? message : "\(message) (SQLSTATE \(state))"
      }
    case .sslUnsupported: return "the server does not offer TLS, and sslmode asks for it"
    case .authMechanismRequiresPassword:
      return "the server asks for a password and none was given (in the address, or in PGPASSWORD)"
    case .saslError: return "password authentication failed for user \"\(address.user)\""
    case .unsupportedAuthMechanism: return "the server asks for an authentication method verbatim does not speak"
    case .serverClosedConnection, .uncleanShutdown:
      return "the server closed the connection; nothing of the transaction in progress was written"
    case .connectionError: return error.underlying.map(describe) ?? "the connection failed"
    default: return error.underlying.map(describe) ?? "the server or the connection failed (\(error.code))"
    }
  }

  /// Socket, name resolution and TLS errors in words.
  private static func describe(_ error: any Error) -> String {
    if let error = error as? IOError { return describeErrno(error.errnoCode) }
    if let error = error as? NIOConnectionError {
      if let failure = error.connectionErrors.first { return describe(failure.error) }
      if error.dnsAError != nil || error.dnsAAAAError != nil { return "the host name could not be resolved" }
      return "the connection failed"
    }
    if error is ChannelError { return "the connection timed out or was closed" }
    if let error = error as? NIOSSLError {
      switch error {
      case .handshakeFailed(let failure): return "the TLS handshake failed (\(failure)): is the certificate trusted?"
      default: return "TLS failed: \(error)"
      }
    }
    if let error = error as? PostgresAddressError { return error.reason }
    if let error = error as? PSQLError { return "the connection failed (\(error.code))" }
    return "\(type(of: error))"
  }

  private static func describeErrno(_ code: Int32) -> String {
    switch code {
    case ECONNREFUSED: return "connection refused (is the server running, and listening on this address?)"
    case ETIMEDOUT: return "the connection timed out"
    case EHOSTUNREACH, ENETUNREACH: return "the host cannot be reached"
    case ENOENT: return "no server socket there (is the server running?)"
    case EACCES: return "permission denied"
    default: return String(cString: strerror(code))
    }
  }
}
