// swift-tools-version:6.0
import PackageDescription

// lsready uses the Swift toolchain alone: no package dependencies.
let package = Package(
    name: "lsready",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lsready", targets: ["lsready"]),
        .library(name: "LSReadyCore", targets: ["LSReadyCore"]),
    ],
    targets: [
        // Parsing, model, rules, reports: never prints, never exits.
        .target(name: "LSReadyCore", exclude: ["Chart/README.md", "Documents/YAML/README.md", "Cluster/README.md"]),
        // Option parsing, commands, exit codes, file I/O.
        .target(name: "LSReadyCLI", dependencies: ["LSReadyCore"]),
        // The thin entry point.
        .executableTarget(name: "lsready", dependencies: ["LSReadyCLI"]),
        // Benchmark evidence: kubectl-shaped dumps of a large cluster, deterministic from a seed (not part of the product).
        .target(name: "LSReadyGen"),
        .executableTarget(name: "lsready-gen", dependencies: ["LSReadyGen"]),
        // Shared test helpers: fixture paths, ../shared discovery, running the binary.
        .target(name: "TestSupport", dependencies: ["LSReadyCore"], path: "Tests/TestSupport"),
        .testTarget(name: "LSReadyCoreTests", dependencies: ["LSReadyCore", "TestSupport", "LSReadyGen"]),
        .testTarget(name: "LSReadyCLITests", dependencies: ["LSReadyCLI", "LSReadyCore", "TestSupport", "LSReadyGen"]),
    ],
    swiftLanguageModes: [.v6]
)
