import Foundation
import VerbatimCore

/// Checks a `JSONValue` against the JSON Schemas in `schemas/`, for the keywords they use (type,
/// properties, required, additionalProperties, const, enum, items, minItems, maxItems, minimum,
/// maximum, minLength, pattern, oneOf, and `$ref` to another file of the folder). The full
/// Draft 2020-12 check with `jsonschema` runs in `.ci/check-outputs`; this one runs in `swift test`
/// on the output types themselves.
struct SchemaValidator {
  let schemas: [String: [String: Any]]
  /// The schema files a check has used, directly or through `$ref`.
  private(set) var used: Set<String> = []

  init(folder: URL) throws {
    var schemas: [String: [String: Any]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".schema.json") {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      schemas[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    }
    self.schemas = schemas
  }

  /// The problems of `value` against the schema file `name` (none when it conforms).
  mutating func problems(_ value: JSONValue, against name: String) -> [String] {
    guard let schema = schemas[name] else { return ["no schema \(name)"] }
    used.insert(name)
    return check(value, schema, at: name)
  }

  private mutating func check(_ value: JSONValue, _ schema: [String: Any], at path: String) -> [String] {
    if let reference = schema["$ref"] as? String {
      let name = String(reference.split(separator: "/").last ?? "")
      return problems(value, against: name).map { "\(path): \($0)" }
    }
    var found: [String] = []
    if let options = schema["oneOf"] as? [[String: Any]] {
      let passing = options.filter { check(value, $0, at: path).isEmpty }.count
      if passing != 1 { found.append("\(path): matches \(passing) of oneOf's \(options.count) schemas") }
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [types as? String ?? ""]
      if !allowed.contains(where: { Self.isType(value, $0) }) { found.append("\(path): not of type \(allowed)") }
    }
    if let constant = schema["const"], !Self.equal(value, constant) { found.append("\(path): not \(constant)") }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
      found.append("\(path): \(value.serialized()) not in \(options)")
    }
    switch value {
    case .object(let members):
      let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
      for key in schema["required"] as? [String] ?? [] where !members.contains(where: { $0.0 == key }) {
        found.append("\(path): missing \(key)")
      }
      for (key, member) in members {
        if let property = properties[key] {
          found += check(member, property, at: path + "." + key)
        } else if let extra = schema["additionalProperties"] as? [String: Any] {
          found += check(member, extra, at: path + "." + key)
        } else if (schema["additionalProperties"] as? Bool) == false
          || (schema["additionalProperties"] as? NSNumber)
            == 0
        {
          found.append("\(path): unexpected member \(key)")
        }
      }
    case .array(let items):
      if let minimum = schema["minItems"] as? Int, items.count < minimum { found.append("\(path): too few items") }
      if let maximum = schema["maxItems"] as? Int, items.count > maximum { found.append("\(path): too many items") }
      if let itemSchema = schema["items"] as? [String: Any] {
        for (index, item) in items.enumerated() { found += check(item, itemSchema, at: "\(path)[\(index)]") }
      }
    case .int, .double:
      let number = Self.number(value) ?? 0
      if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum {
        found.append("\(path): below \(minimum)")
      }
      if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum {
        found.append("\(path): above \(maximum)")
      }
    case .string, .substring:
      let text = Self.string(value) ?? ""
      if let minimum = schema["minLength"] as? Int, text.count < minimum { found.append("\(path): too short") }
      if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
        found.append("\(path): \(text) does not match \(pattern)")
      }
    default: break
    }
    return found
  }

  static func isType(_ value: JSONValue, _ type: String) -> Bool {
    switch (value, type) {
    case (.null, "null"), (.bool, "boolean"), (.int, "integer"), (.int, "number"), (.double, "number"),
      (.string, "string"), (.substring, "string"), (.array, "array"), (.object, "object"):
      true
    case (.double(let number), "integer"): number.rounded() == number
    default: false
    }
  }

  static func string(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .substring(let text): String(text)
    default: nil
    }
  }

  static func number(_ value: JSONValue) -> Double? {
    switch value {
    case .int(let number): Double(number)
    case .double(let number): number
    default: nil
    }
  }

  static func equal(_ value: JSONValue, _ expected: Any) -> Bool {
    if expected is NSNull { return value == .null }
    if let text = expected as? String { return string(value) == text }
    if let number = expected as? NSNumber, let own = Self.number(value) { return number.doubleValue == own }
    return false
  }
}
