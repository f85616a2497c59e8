public import ArgumentParser

/// How `verbatim read` prints documents.
public enum ReadOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case json
  case jsonl
  case text
}
