import Foundation

/// Generates the folders, measures each size in a child process and prints the table.
enum BenchParent {
    static let defaultSizes = [10_000, 100_000, 1_000_000]

    static func run(sizes sizeList: String?, directory: String?) -> Int32 {
        let sizes = sizeList.map { $0.split(separator: ",").compactMap { Int($0) } } ?? defaultSizes
        let dir = directory ?? (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/lagesbild-bench"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let me = executablePath()
        print("lagesbild-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, folders in \(dir)")
        var results: [(Int, [String: String])] = []
        for size in sizes {
            let folder = BenchFolders.folder(for: size, under: dir)
            if !BenchFolders.isComplete(folder) {
                try? FileManager.default.removeItem(atPath: folder)
                print("generating \(folder) …")
                guard runChild(me, ["--generate", folder, "--events", "\(size)"]) != nil else { return 1 }
            }
            guard let output = runChild(me, ["--one-size", folder]) else { return 1 }
            var fields: [String: String] = [:]
            for line in output.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
            }
            results.append((size, fields))
            printResult(size, fields)
        }
        if let wall = WallBytes.measure(binaryNextTo: me, folder: BenchFolders.folder(for: sizes.first ?? 10_000, under: dir)) {
            print("wall display, idle: \(wall)")
        }
        return 0
    }

    static func printResult(_ size: Int, _ f: [String: String]) {
        func ms(_ key: String) -> String {
            guard let s = f[key].flatMap(Double.init) else { return "?" }
            return String(format: "%.1f ms", s * 1000)
        }
        func v(_ key: String) -> String { f[key] ?? "?" }
        let mb = (f["peak_rss"].flatMap(Double.init) ?? 0) / 1_048_576
        print("""
        == \(size) events (read \(v("events")), \(v("records")) records, journals \((Int(v("journal_bytes")) ?? 0) / 1_048_576) MB)
          load: read and replay \(ms("read_s")), rest of start-up \(ms("after_read_s")), situation picture \(ms("picture_s"))
          first frame drawn: \(ms("first_frame_s")) (draw \(ms("draw_s")))
          key → repaint, hot-spot list: p50 \(v("key_list_p50_ms")) ms, p99 \(v("key_list_p99_ms")) ms
          key → repaint, period change: p50 \(v("key_period_p50_ms")) ms, p99 \(v("key_period_p99_ms")) ms
          peak RSS: \(String(format: "%.0f", mb)) MB, \(v("bytes_per_event")) bytes/event
          durable append: \(ms("append_s"))
        """)
    }

    /// Runs this executable with `args`; returns its standard output, or nil (after
    /// reporting) when it failed.
    static func runChild(_ executable: String, _ args: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            print("lagesbild-bench: cannot start \(executable): \(error)")
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            print("lagesbild-bench: \(args.joined(separator: " ")) failed with status \(process.terminationStatus)")
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
