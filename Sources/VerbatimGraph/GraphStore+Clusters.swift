import Foundation
import VerbatimCore

extension GraphStore {
  /// Quotes whose wording differs across documents, the loudest (meaning changed) first.
  public func variants(limit: Int = 100) throws(StoreError) -> [QuoteCluster] {
    try read { db in
      let ids = try db.values(
        Int64.self,
        """
        SELECT clusterID FROM claim WHERE clusterID IS NOT NULL
        GROUP BY clusterID HAVING count(DISTINCT normalizedHash) > 1 AND count(DISTINCT documentID) > 1
        ORDER BY min(id)
        """)
      var clusters: [QuoteCluster] = []
      for id in ids {
        let cluster = try self.cluster(id, db)
        if cluster.isAltered { clusters.append(cluster) }
      }
      let loudestFirst = clusters.filter(\.changesMeaning) + clusters.filter { !$0.changesMeaning }
      return Array(loudestFirst.prefix(limit))
    }
  }

  /// The provenance chain of one claim, by the id every listing prints (`6c3cf16f04380acd-2210-2290`)
  /// or its number in the store as `#12`: every appearance of the same quote, earliest first,
  /// with how each stands to the fullest version. A bare number is refused: listings print ranks
  /// (`1.`), never numbers, so it is a rank mistaken for an id.
  public func trace(_ claim: String) throws(StoreError) -> QuoteCluster {
    let claim = claim.trimmingCharacters(in: .whitespaces)
    if !claim.isEmpty, claim.allSatisfy(\.isNumber) {
      throw StoreError(
        path: path,
        reason:
          "\(claim) is not a claim id (a number in a listing is a rank); give the claim id a listing prints (as 6c3cf16f04380acd-2210-2290), or #N for the claim numbered N"
      )
    }
    let number = claim.hasPrefix("#") ? Int64(claim.dropFirst()) : nil
    return try read { db in
      let row = try db.row("SELECT id, clusterID FROM claim WHERE key = \(claim) OR id = \(number ?? -1)")
      guard let row else { throw StoreError(path: path, reason: "no claim \(claim) in the store") }
      return try cluster(row["clusterID"] as Int64? ?? row["id"], db)
    }
  }

  func cluster(_ id: Int64, _ db: any StoreDatabase) throws -> QuoteCluster {
    let claims = try db.rows(StoredClaim.selection(db.dialect) + " WHERE c.clusterID = \(id)").map(
      StoredClaim.init(row:))
    return QuoteCluster(id: id, claims: claims)
  }
}
