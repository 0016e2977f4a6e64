import Foundation

/// The peer measured in the same run: taskwarrior (Debian's `taskwarrior`) counting as many
/// tasks as the folder holds events, against `lagesbild summary` on the folder, both as a
/// first start (taskwarrior has no snapshot; Lägesbild's cache is removed first). Median of
/// three runs each. Its data is written in taskwarrior 2.x's own file format
/// (`pending.data`, one `[key:"value" …]` line a task), as `task import` would leave it.
enum Taskwarrior {
    static func compare(lagesbild: String, folder: String, events: Int, under dir: String) -> String? {
        guard let task = which("task") else { return "taskwarrior: not installed (apt-get install taskwarrior)" }
        let home = "\(dir)/taskwarrior-\(events)"
        let data = "\(home)/data"
        if !FileManager.default.fileExists(atPath: "\(data)/pending.data") {
            try? FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            var lines = ""
            lines.reserveCapacity(events * 140)
            for k in 0..<events {
                let id = String(format: "%08x-0000-4000-8000-%012x", k, k)
                lines += "[description:\"Trygghetsrunda \(k)\" entry:\"1672531200\" project:\"est\" status:\"pending\" uuid:\"\(id)\"]\n"
            }
            _ = FileManager.default.createFile(atPath: "\(data)/pending.data", contents: Data(lines.utf8))
            _ = FileManager.default.createFile(atPath: "\(data)/completed.data", contents: Data())
        }
        let rc = "\(home)/taskrc"
        _ = FileManager.default.createFile(atPath: rc, contents: Data("data.location=\(data)\nconfirmation=off\nverbose=nothing\ngc=off\nhooks=off\n".utf8))
        func median(_ runs: () -> Double?) -> Double? {
            let times = (0..<3).compactMap { _ in runs() }
            return times.count == 3 ? times.sorted()[1] : nil
        }
        guard let peer = median({ run(task, ["count"], environment: ["TASKRC": rc]) }),
              let ours = median({
                  try? FileManager.default.removeItem(atPath: "\(folder)/cache")
                  return run(lagesbild, ["summary", "--data", folder, "--today", "2023-11-20"], environment: [:])
              }) else { return "taskwarrior: a run failed" }
        return String(format: "first start, %d events/tasks: lagesbild summary %.0f ms, taskwarrior task count %.0f ms, ratio %.2f (goal: ≥ 4× faster than task count)",
                      events, ours * 1000, peer * 1000, peer / ours)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Wall-clock seconds of one run, output discarded; nil when it failed.
    static func run(_ executable: String, _ args: [String], environment: [String: String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = now()
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 || process.terminationStatus == 3 ? now() - start : nil
    }
}
