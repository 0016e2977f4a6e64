// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lagesbild",
    products: [
        .executable(name: "lagesbild", targets: ["lagesbild"]),
        .library(name: "LagesbildCore", targets: ["LagesbildCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // System library: only a module map and a shim header. No pkgConfig on
        // purpose: `pkg-config ncursesw` yields -D flags SwiftPM rejects with a warning.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // PROJ for WGS 84 ⇄ SWEREF 99 TM, wrapped the same way.
        .systemLibrary(
            name: "CProj",
            path: "Sources/CProj",
            providers: [.apt(["libproj-dev"])]
        ),
        // simdjson (C++, Debian libsimdjson-dev) behind a small C interface, for the journal parse.
        .target(
            name: "CSimdjson",
            path: "Sources/CSimdjson",
            linkerSettings: [.linkedLibrary("simdjson")]
        ),
        .target(name: "LagesbildCore"),
        .target(name: "LagesbildGeo", dependencies: ["LagesbildCore", "CProj"]),
        .target(
            name: "LagesbildStore",
            dependencies: [
                "LagesbildCore", "LagesbildGeo", "CSimdjson",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Ink", package: "Ink"),
            ]
        ),
        .target(name: "LagesbildTUI", dependencies: ["LagesbildCore", "CNcursesw"]),
        .executableTarget(
            name: "lagesbild",
            dependencies: [
                "LagesbildCore", "LagesbildStore", "LagesbildTUI", "LagesbildGeo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The speed benchmark: a separate command, never part of the test run.
        .executableTarget(
            name: "lagesbild-bench",
            dependencies: ["LagesbildCore", "LagesbildStore", "LagesbildTUI"]
        ),
        // The journal line reader under libFuzzer (`scripts/fuzz-journal.sh`); built without
        // the fuzzer it replays the files it is given through the same reader.
        .executableTarget(
            name: "lagesbild-fuzz",
            dependencies: ["LagesbildCore", "LagesbildStore"]
        ),
        .testTarget(name: "LagesbildCoreTests", dependencies: ["LagesbildCore"]),
        .testTarget(name: "LagesbildGeoTests", dependencies: ["LagesbildGeo", "LagesbildCore"]),
        .testTarget(name: "LagesbildStoreTests", dependencies: ["LagesbildStore", "LagesbildCore"]),
        .testTarget(name: "LagesbildTUITests", dependencies: ["LagesbildTUI", "LagesbildCore", "CNcursesw"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
