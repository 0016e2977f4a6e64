import Foundation

// `swift run -c release lagesbild-bench [--sizes 10000,100000,1000000] [--dir DIR]`
//
// The parent makes (or reuses) one generated data folder per size and measures each size in
// a fresh child process (`--one-size`), so one size's peak memory never counts against another:
// once with every journal line parsed, then again from the snapshot that first start wrote.
let arguments = Array(CommandLine.arguments.dropFirst())

func value(of flag: String) -> String? {
    guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

if let folder = value(of: "--generate"), let count = value(of: "--events").flatMap(Int.init) {
    exit(BenchFolders.generate(events: count, into: folder))
} else if let folder = value(of: "--one-size") {
    exit(BenchChild.run(folder: folder, fromSnapshot: arguments.contains("--from-snapshot")))
} else {
    exit(BenchParent.run(sizes: value(of: "--sizes"), directory: value(of: "--dir")))
}
