import Foundation
public import VerbatimCore

/// A people file: the identities a newsroom already knows, one person per CSV row or JSON line,
/// with `name` (required), `aliases` (in CSV separated by `;`), `role`, `wikidata` (a `Q` id or
/// its `wikidata.org` address) and `type` (`person`, the default, or `organisation`). The file is
/// the only source: nothing is looked up. A bad row is named with its file, line and problem;
/// the other rows still count.
public enum PeopleFile {
  /// The people a file lists, and the problems of the rows that could not be taken.
  public struct Contents: Sendable {
    public var people: [KnownPerson]
    public var problems: [ReadError]
  }

  /// The columns (CSV) or keys (JSON lines) a people file may have.
  static let fields = ["name", "aliases", "role", "wikidata", "type"]

  /// Reads a CSV file (by its `.csv` extension, or a first line that is not a JSON object) or a
  /// JSON lines file. Throws when the file cannot be read at all.
  public static func read(path: String) throws(ReadError) -> Contents {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw ReadError(path: path, reason: "cannot read the people file: \(error.localizedDescription)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ReadError(path: path, reason: "the people file is not UTF-8 text")
    }
    let rows: [(line: Int, fields: [String: Any])]
    var problems: [ReadError] = []
    let suffix = path.lowercased().split(separator: ".").last ?? ""
    let json =
      ["jsonl", "ndjson", "json"].contains(suffix) || (suffix != "csv" && text.first { !$0.isWhitespace } == "{")
    if !json {
      rows = try csvRows(text, path: path, problems: &problems)
    } else {
      rows = jsonRows(text, path: path, problems: &problems)
    }
    var people: [KnownPerson] = []
    var claimed: [String: (name: String, line: Int)] = [:]
    for (line, fields) in rows {
      let fail = { (reason: String) in problems.append(ReadError(path: "\(path):\(line)", reason: reason)) }
      do throws(ReadError) {
        let person = try self.person(fields, source: "\(path):\(line)")
        // A name or alias may point at one person only.
        var clash: String?
        for name in [person.name] + person.aliases {
          let folded = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
          if let other = claimed[folded], other.name != person.name {
            clash = "“\(name)” is already given for \(other.name) on line \(other.line)"
            break
          }
        }
        if let clash {
          fail(clash)
          continue
        }
        for name in [person.name] + person.aliases {
          claimed[name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")] = (person.name, line)
        }
        people.append(person)
      } catch {
        fail(error.reason)
      }
    }
    return Contents(people: people, problems: problems)
  }

  /// One person from a row's fields, or why the row cannot be taken.
  static func person(_ fields: [String: Any], source: String) throws(ReadError) -> KnownPerson {
    let unknown = fields.keys.filter { !Self.fields.contains($0) }.sorted()
    guard unknown.isEmpty else {
      throw ReadError(
        path: source,
        reason:
          "unknown field \(unknown.map { "“\($0)”" }.joined(separator: ", ")) (known: \(Self.fields.joined(separator: ", ")))"
      )
    }
    func text(_ key: String) throws(ReadError) -> String? {
      switch fields[key] {
      case nil, is NSNull: return nil
      case let value as String:
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
      default: throw ReadError(path: source, reason: "“\(key)” must be text")
      }
    }
    guard let name = try text("name") else { throw ReadError(path: source, reason: "no name") }
    var aliases: [String] = []
    switch fields["aliases"] {
    case nil, is NSNull: break
    case let list as String: aliases = list.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    case let list as [Any]:
      for alias in list {
        guard let alias = alias as? String else {
          throw ReadError(path: source, reason: "“aliases” must be a list of names")
        }
        aliases.append(alias.trimmingCharacters(in: .whitespaces))
      }
    default: throw ReadError(path: source, reason: "“aliases” must be a list of names")
    }
    aliases = aliases.filter { !$0.isEmpty && $0 != name }
    var type = SpeakerType.person
    if let written = try text("type") {
      guard let known = SpeakerType(rawValue: written.lowercased()), known == .person || known == .organisation else {
        throw ReadError(path: source, reason: "type “\(written)” is neither person nor organisation")
      }
      type = known
    }
    var wikidata: String?
    if let written = try text("wikidata") {
      guard let id = wikidataID(written) else {
        throw ReadError(path: source, reason: "wikidata “\(written)” is not a Wikidata id (Q and digits, as Q42)")
      }
      wikidata = id
    }
    return KnownPerson(
      name: name, aliases: aliases, role: try text("role"), type: type, wikidata: wikidata, source: source)
  }

  /// `Q42` from `Q42`, `q42` or `https://www.wikidata.org/wiki/Q42` (or `/entity/Q42`).
  static func wikidataID(_ text: String) -> String? {
    var id = Substring(text)
    for prefix in ["http://", "https://"] where id.hasPrefix(prefix) {
      id = id.dropFirst(prefix.count)
      guard id.hasPrefix("www.wikidata.org/") else { return nil }
      id = id.dropFirst("www.wikidata.org/".count)
      guard let slash = id.firstIndex(of: "/"), ["wiki", "entity"].contains(id[..<slash]) else { return nil }
      id = id[id.index(after: slash)...]
    }
    guard let first = id.first, first == "Q" || first == "q", id.count > 1, id.count < 14,
      id.dropFirst().allSatisfy(\.isASCII), id.dropFirst().allSatisfy(\.isNumber), id.dropFirst().first != "0"
    else { return nil }
    return "Q" + id.dropFirst()
  }

  /// Rows of a JSON lines file; a line that is not a JSON object is a problem of its own.
  static func jsonRows(_ text: String, path: String, problems: inout [ReadError]) -> [(Int, [String: Any])] {
    var rows: [(Int, [String: Any])] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
      guard let fields = object as? [String: Any] else {
        problems.append(ReadError(path: "\(path):\(index + 1)", reason: "not a JSON object"))
        continue
      }
      rows.append((index + 1, fields))
    }
    return rows
  }

  /// Rows of a CSV file (RFC 4180: fields in double quotes may hold commas, quotes doubled and
  /// line breaks) under its header line, each with the line it starts on.
  static func csvRows(_ text: String, path: String, problems: inout [ReadError]) throws(ReadError) -> [(
    Int, [String: Any]
  )] {
    let records = CSVRecords.parse(text)
    guard let header = records.first else { throw ReadError(path: path, reason: "the people file is empty") }
    let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard columns.contains("name") else {
      throw ReadError(
        path: "\(path):1", reason: "the header has no “name” column (columns: \(Self.fields.joined(separator: ", ")))")
    }
    if let unknown = columns.first(where: { !Self.fields.contains($0) }) {
      throw ReadError(
        path: "\(path):1", reason: "unknown column “\(unknown)” (columns: \(Self.fields.joined(separator: ", ")))")
    }
    var rows: [(Int, [String: Any])] = []
    for record in records.dropFirst() where record.fields.contains(where: { !$0.isEmpty }) {
      guard record.fields.count == columns.count else {
        problems.append(
          ReadError(
            path: "\(path):\(record.line)",
            reason: "\(record.fields.count) fields where the header has \(columns.count)"))
        continue
      }
      rows.append(
        (record.line, Dictionary(zip(columns, record.fields.map { $0 as Any }), uniquingKeysWith: { a, _ in a })))
    }
    return rows
  }
}

/// The records of a CSV text (RFC 4180), each with the line it starts on.
enum CSVRecords {
  static func parse(_ text: String) -> [(line: Int, fields: [String])] {
    var records: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var start = 1
    var characters = text.makeIterator()
    var pending = characters.next()
    while let character = pending {
      pending = characters.next()
      if quoted {
        if character == "\"" {
          if pending == "\"" {
            field.append("\"")
            pending = characters.next()
          } else {
            quoted = false
          }
        } else {
          if character.isNewline { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where field.isEmpty: quoted = true
      case ",":
        fields.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        fields.append(field)
        records.append((start, fields))
        fields = []
        field = ""
        line += 1
        start = line
      default: field.append(character)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      records.append((start, fields))
    }
    return records
  }
}
