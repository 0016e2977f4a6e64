import Foundation

/// Bytes the wall display sends to its terminal per clock tick when nothing else changes:
/// the real `lagesbild wall` (clock with seconds, no page rotation) in an 80×24 tmux pane,
/// its output copied with `pipe-pane` and counted over idle seconds.
enum WallBytes {
    static let idleSeconds = 10

    static func measure(binaryNextTo bench: String, folder: String) -> String? {
        let binary = (bench as NSString).deletingLastPathComponent + "/lagesbild"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return "skipped (no lagesbild binary next to the benchmark: swift build -c release first)"
        }
        let socket = "lagesbild-bench-\(getpid())"
        let capture = NSTemporaryDirectory() + "/lagesbild-bench-wall-\(getpid()).out"
        defer {
            _ = tmux(socket, ["kill-server"])
            try? FileManager.default.removeItem(atPath: capture)
        }
        let command = "\(binary) wall --data \(folder) --today \(BenchFolders.today.iso) --seconds --rotate 0"
        guard tmux(socket, ["new-session", "-d", "-x", "80", "-y", "24", command]) else { return "skipped (tmux failed)" }
        Thread.sleep(forTimeInterval: 3)  // the first full frame is not an idle tick
        guard tmux(socket, ["pipe-pane", "-o", "cat >> \(capture)"]) else { return "skipped (pipe-pane failed)" }
        Thread.sleep(forTimeInterval: Double(idleSeconds))
        _ = tmux(socket, ["pipe-pane"])
        Thread.sleep(forTimeInterval: 0.3)
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: capture))?[.size] as? Int) ?? 0
        return "\(bytes) bytes over \(idleSeconds) one-second clock ticks = \(bytes / idleSeconds) bytes per tick"
    }

    @discardableResult
    static func tmux(_ socket: String, _ args: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + args
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
