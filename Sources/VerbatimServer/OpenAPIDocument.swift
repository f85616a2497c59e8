import Foundation
import VerbatimExport

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`: every route,
/// its parameters and answers, with the answers' schemas the ones in `schemas/` (copied in
/// `Schemas/`, references between them made references between components).
enum OpenAPIDocument {
  /// The document as JSON text, built once.
  static let text: String = {
    let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? JSONSerialization.data(withJSONObject: document, options: options)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }()

  static var document: [String: Any] {
    [
      "openapi": "3.1.0",
      "info": [
        "title": "Verbatim",
        "version": "1",
        "description":
          "Who said what, where: the provenance store's questions answered as `verbatim` answers them with `--format json`.",
      ],
      "servers": [["url": "/api/v1"]],
      "paths": paths,
      "components": [
        "schemas": APISchemas.components.merging(["Error": errorSchema]) { first, _ in first },
        "securitySchemes": ["token": ["type": "http", "scheme": "bearer"]],
      ],
    ]
  }

  private static var paths: [String: Any] {
    [
      "/who-said": get(
        "Who said these words: matching claims, best first (`verbatim who-said`).", "who-said",
        [
          query("q", "The words to look for.", required: true),
          query("limit", "At most this many matches.", integer: 1...1_000),
        ]),
      "/said-by": get(
        "What a speaker said, under any of their names (`verbatim said-by`).", "said-by",
        [
          query("speaker", "A full name, a name quoted under, a surname, or #N.", required: true),
          query("limit", "At most this many claims.", integer: 1...100_000),
        ]),
      "/verify": get(
        "Did this speaker say these words: the verdict and its evidence (`verbatim verify`).", "verify",
        [
          query("speaker", "Who is said to have said it.", required: true),
          query("q", "The quoted words.", required: true),
        ]),
      "/variants": get(
        "Quotes worded differently across documents (`verbatim variants`).", "variants",
        [query("limit", "At most this many quotes.", integer: 1...10_000)]),
      "/trace/{claim}": get(
        "Every appearance of a claim's quote, earliest first (`verbatim trace`).", "trace",
        [path("claim", "The claim's id as listings print it, or #N (sent as %23N).")], notFound: true),
      "/speakers": get(
        "The store's speakers, most quoted first (`verbatim speakers list`).", "speakers",
        [query("name", "Only the speakers this name can mean.")]),
      "/documents/{id}": get(
        "One document with its text and claims.", "document",
        [path("id", "sha256: and 64 hex digits, or the first 6 or more of them.")], notFound: true),
      "/cite": ["get": cite],
      "/documents": ["post": upload],
      "/openapi.json": [
        "get": [
          "summary": "This document.", "operationId": "openapi",
          "responses": ["200": ["description": "OpenAPI 3.1", "content": ["application/json": [:]]]],
        ]
      ],
    ]
  }

  private static func get(_ summary: String, _ schema: String, _ parameters: [[String: Any]], notFound: Bool = false)
    -> [String: Any]
  {
    var responses: [String: Any] = [
      "200": ["description": summary, "content": ["application/json": ["schema": reference(schema)]]],
      "400": problem("A parameter is missing or wrong."),
    ]
    if notFound { responses["404"] = problem("Nothing in the store has this id.") }
    return [
      "get": [
        "summary": summary, "operationId": schema.replacingOccurrences(of: "-", with: ""), "parameters": parameters,
        "responses": responses,
      ]
    ]
  }

  private static var cite: [String: Any] {
    var content: [String: Any] = [:]
    for format in CitationFormat.allCases {
      let type = String(CiteDownload.mediaType(format).prefix { $0 != ";" })
      content[type] = format == .cslJSON ? ["schema": reference("citations.csl-json")] : ["schema": ["type": "string"]]
    }
    return [
      "summary": "The citation list of a search, a speaker or a document (`verbatim cite`).", "operationId": "cite",
      "parameters": [
        query("format", "The format.", choices: CitationFormat.allCases.map(\.rawValue)),
        query("q", "Only claims saying these words, or nearly."),
        query("speaker", "Only what this speaker said (any name said-by takes, or #N)."),
        query("document", "Only this document (its id or its first 6+ hex digits)."),
        query("kind", "Only claims of this kind.", choices: ["direct", "mixed", "indirect", "statement"]),
        query("outlet", "Only documents whose publisher contains this."),
        query("from", "Only documents published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        query("to", "Only documents published on or before this date."),
      ],
      "responses": [
        "200": ["description": "The citation list.", "content": content], "400": problem("A parameter is wrong."),
      ],
    ]
  }

  private static var upload: [String: Any] {
    let added: [String: Any] = ["content": ["application/json": ["schema": reference("ingest")]]]
    return [
      "summary": "Add a file to the store, read and extracted as `verbatim ingest` does (needs the token).",
      "operationId": "ingest", "security": [["token": [String]()]],
      "parameters": [query("name", "The file's name (its extension tells the format).", required: true)],
      "requestBody": [
        "required": true,
        "content": [
          "application/octet-stream": ["schema": ["type": "string", "contentMediaType": "application/octet-stream"]]
        ],
      ],
      "responses": [
        "201": added.merging(["description": "Added."]) { first, _ in first },
        "200": added.merging(["description": "The same bytes were already in the store."]) { first, _ in first },
        "400": problem("The name is missing or not a file name."),
        "401": problem("The token is missing or wrong."),
        "403": problem("The server is read-only, or takes no uploads (no token)."),
        "413": problem("The file is larger than --max-bytes."),
        "422": problem("The file cannot be read (binary, malformed XML, …)."),
      ],
    ]
  }

  private static func query(
    _ name: String, _ description: String, required: Bool = false, integer: ClosedRange<Int>? = nil,
    choices: [String]? = nil
  ) -> [String: Any] {
    var schema: [String: Any] = ["type": "string"]
    if let integer { schema = ["type": "integer", "minimum": integer.lowerBound, "maximum": integer.upperBound] }
    if let choices { schema["enum"] = choices }
    return ["name": name, "in": "query", "required": required, "description": description, "schema": schema]
  }

  private static func path(_ name: String, _ description: String) -> [String: Any] {
    ["name": name, "in": "path", "required": true, "description": description, "schema": ["type": "string"]]
  }

  private static func reference(_ schema: String) -> [String: Any] { ["$ref": "#/components/schemas/\(schema)"] }

  private static func problem(_ description: String) -> [String: Any] {
    ["description": description, "content": ["application/json": ["schema": reference("Error")]]]
  }

  private static var errorSchema: [String: Any] {
    [
      "type": "object", "required": ["error"], "additionalProperties": false,
      "properties": [
        "error": [
          "type": "object", "required": ["status", "message"], "additionalProperties": false,
          "properties": ["status": ["type": "integer"], "message": ["type": "string"]],
        ]
      ],
    ]
  }
}

/// The schemas of the API's answers, as the `schemas/` folder has them.
enum APISchemas {
  static var all: [(name: String, text: String)] { answers + ingestAndCitations + claims + speakers }

  /// Each schema as an OpenAPI component named after its file (`stored-claim`), without `$id`
  /// and `$schema`, its references to other files made references to their components.
  static var components: [String: Any] {
    var components: [String: Any] = [:]
    for (name, text) in all {
      guard var schema = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { continue }
      schema["$id"] = nil
      schema["$schema"] = nil
      components[String(name.dropLast(".schema.json".count))] = rewrite(schema)
    }
    return components
  }

  private static func rewrite(_ value: Any) -> Any {
    switch value {
    case let object as [String: Any]:
      var out: [String: Any] = [:]
      for (key, member) in object {
        if key == "$ref", let target = member as? String, target.hasSuffix(".schema.json") {
          out[key] = "#/components/schemas/" + target.dropLast(".schema.json".count)
        } else {
          out[key] = rewrite(member)
        }
      }
      return out
    case let array as [Any]: return array.map(rewrite)
    default: return value
    }
  }
}
