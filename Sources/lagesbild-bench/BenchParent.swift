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
        for size in sizes {
            let folder = BenchFolders.folder(for: size, under: dir)
            if !BenchFolders.isComplete(folder) {
                try? FileManager.default.removeItem(atPath: folder)
                print("generating \(folder) …")
                guard runChild(me, ["--generate", folder, "--events", "\(size)"]) != nil else { return 1 }
            }
            guard let parsed = runChild(me, ["--one-size", folder]).map(fields),
                  let fromSnapshot = runChild(me, ["--one-size", folder, "--from-snapshot"]).map(fields) else { return 1 }
            printResult(size, parsed: parsed, fromSnapshot: fromSnapshot)
            // The peer on the same count, in the same run: at 100k, as the speed goal says.
            if size == 100_000, let events = parsed["events"].flatMap(Int.init),
               let line = Taskwarrior.compare(lagesbild: (me as NSString).deletingLastPathComponent + "/lagesbild", folder: folder,
                                              events: events, under: dir) {
                print("  " + line)
            }
        }
        if let wall = WallBytes.measure(binaryNextTo: me, folder: BenchFolders.folder(for: sizes.first ?? 10_000, under: dir)) {
            print("wall display, idle: \(wall)")
        }
        return 0
    }

    static func fields(_ output: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        return fields
    }

    static func printResult(_ size: Int, parsed p: [String: String], fromSnapshot f: [String: String]) {
        func ms(_ d: [String: String], _ key: String) -> String {
            guard let s = d[key].flatMap(Double.init) else { return "?" }
            return String(format: "%.1f ms", s * 1000)
        }
        func mb(_ d: [String: String], _ key: String) -> String {
            String(format: "%.0f MB", (d[key].flatMap(Double.init) ?? 0) / 1_048_576)
        }
        func v(_ key: String) -> String { f[key] ?? "?" }
        let used = f["from_snapshot"] == "1" ? "" : " (NOT USED: the snapshot did not match)"
        print("""
        == \(size) events (read \(p["events"] ?? "?"), \(v("records")) records, journals \(mb(p, "journal_bytes")))
          every line parsed (first start, no snapshot):
            first frame drawn: \(ms(p, "first_frame_s")) (read and replay \(ms(p, "read_s")), picture \(ms(p, "picture_s")), draw \(ms(p, "draw_s")))
            peak RSS: \(mb(p, "peak_rss")), \(p["bytes_per_event"] ?? "?") bytes/event
            snapshot written after the first frame, off the main thread: \(mb(f, "snapshot_bytes")), \(ms(p, "snapshot_wait_s")) left to wait at exit
          from the snapshot\(used):
            first frame drawn: \(ms(f, "first_frame_s")) (read \(ms(f, "read_s")), picture \(ms(f, "picture_s")), draw \(ms(f, "draw_s")))
            peak RSS: \(mb(f, "peak_rss")), \(v("bytes_per_event")) bytes/event
          key → repaint, hot-spot list: p50 \(v("key_list_p50_ms")) ms, p99 \(v("key_list_p99_ms")) ms
          key → repaint, period change: p50 \(v("key_period_p50_ms")) ms, p99 \(v("key_period_p99_ms")) ms
          key → repaint, opening a hot spot's drill-down: p50 \(v("key_drill_p50_ms")) ms, p99 \(v("key_drill_p99_ms")) ms
          key → repaint in the views, opening it / moving in it p50, p99:
            map \(v("key_map_open_ms")) / \(v("key_map_p50_ms")), \(v("key_map_p99_ms")) ms; report \(v("key_report_open_ms")) (whole \(v("key_report_whole_ms"))) / \(v("key_report_p50_ms")), \(v("key_report_p99_ms")) ms
            years \(v("key_years_open_ms")) / \(v("key_years_p50_ms")), \(v("key_years_p99_ms")) ms; meeting \(v("key_meeting_open_ms")) / \(v("key_meeting_p50_ms")), \(v("key_meeting_p99_ms")) ms
          durable append: \(ms(f, "append_s"))
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
