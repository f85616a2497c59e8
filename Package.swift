// swift-tools-version: 6.2
// The module graph, bottom to top:
//   VerbatimCore      plain Sendable value types (document, ranges, source map, diagnostics)
//   CLibXML2          the system libxml2, seen by VerbatimIngest alone
//   VerbatimIngest    readers for text, HTML and XML that build source-mapped documents
//   VerbatimQuotes    quotes, reported speech and their speakers, over the core types only
//   VerbatimGraph     the provenance graph over the core types: claims, speakers, clusters; the store's
//                     queries written once against one protocol, and its SQLite backend
//   VerbatimPostgres  the store's PostgreSQL backend (postgres-nio)
//   VerbatimExport    citation lists, provenance (JSONL, PROV-O, Web Annotation, ClaimReview), the HTML report
//   VerbatimServer    `verbatim serve`: the web pages and the JSON API on Hummingbird 2
//   VerbatimCommands  the command-line commands, as a library tests can call in-process
//   verbatim          the thin executable; verbatim-bench measures throughput; verbatim-fuzz is
//                     the libFuzzer target for the readers and quote extraction
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Verbatim",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "verbatim", targets: ["verbatim"]),
    .executable(name: "verbatim-bench", targets: ["verbatim-bench"]),
    .executable(name: "verbatim-fuzz", targets: ["verbatim-fuzz"]),
    .library(name: "VerbatimCore", targets: ["VerbatimCore"]),
    .library(name: "VerbatimIngest", targets: ["VerbatimIngest"]),
    .library(name: "VerbatimQuotes", targets: ["VerbatimQuotes"]),
    .library(name: "VerbatimGraph", targets: ["VerbatimGraph"]),
    .library(name: "VerbatimPostgres", targets: ["VerbatimPostgres"]),
    .library(name: "VerbatimExport", targets: ["VerbatimExport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    .target(name: "VerbatimCore", swiftSettings: strict),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "VerbatimIngest",
      dependencies: [
        "VerbatimCore", "CLibXML2",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strict
    ),
    .target(name: "VerbatimQuotes", dependencies: ["VerbatimCore"], swiftSettings: strict),
    .target(
      name: "VerbatimGraph",
      dependencies: [
        "VerbatimCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "VerbatimPostgres",
      dependencies: [
        "VerbatimGraph",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strict
    ),
    .target(name: "VerbatimExport", dependencies: ["VerbatimCore", "VerbatimGraph"], swiftSettings: strict),
    .target(
      name: "VerbatimServer",
      dependencies: [
        "VerbatimCore", "VerbatimIngest", "VerbatimQuotes", "VerbatimGraph", "VerbatimExport",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "VerbatimCommands",
      dependencies: [
        "VerbatimCore", "VerbatimIngest", "VerbatimQuotes", "VerbatimGraph", "VerbatimExport", "VerbatimPostgres",
        "VerbatimServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict
    ),
    .executableTarget(name: "verbatim", dependencies: ["VerbatimCommands"], swiftSettings: strict),
    .executableTarget(
      name: "verbatim-bench",
      dependencies: [
        "VerbatimCore", "VerbatimIngest", "VerbatimQuotes", "VerbatimGraph", "VerbatimPostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict
    ),
    .executableTarget(
      name: "verbatim-fuzz",
      dependencies: ["VerbatimCore", "VerbatimIngest", "VerbatimQuotes"],
      swiftSettings: strict
    ),
    .testTarget(name: "VerbatimCoreTests", dependencies: ["VerbatimCore"], swiftSettings: strict),
    .testTarget(
      name: "VerbatimIngestTests",
      dependencies: ["VerbatimCore", "VerbatimIngest"],
      resources: [],
      swiftSettings: strict
    ),
    .testTarget(
      name: "VerbatimQuotesTests",
      dependencies: ["VerbatimCore", "VerbatimIngest", "VerbatimQuotes"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "VerbatimGraphTests",
      dependencies: [
        "VerbatimCore", "VerbatimIngest", "VerbatimQuotes", "VerbatimGraph", "VerbatimExport", "VerbatimPostgres",
        "VerbatimCommands",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      swiftSettings: strict
    ),
    .testTarget(
      name: "VerbatimServerTests",
      dependencies: [
        "VerbatimCore", "VerbatimGraph", "VerbatimIngest", "VerbatimServer", "VerbatimCommands",
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      exclude: ["Inputs"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "VerbatimCommandsTests",
      dependencies: ["VerbatimCore", "VerbatimCommands"],
      swiftSettings: strict
    ),
  ]
)
