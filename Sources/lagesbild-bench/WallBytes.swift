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

    /// Runs tmux and waits for it with `waitpid`. Not `Process`: tmux's client exits while
    /// the server it forked lives on, and `Process.waitUntilExit` was seen never to return.
    @discardableResult
    static func tmux(_ socket: String, _ args: [String]) -> Bool {
        let argv = ["tmux", "-L", socket] + args
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, nil, &cArgs, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0
    }
}
