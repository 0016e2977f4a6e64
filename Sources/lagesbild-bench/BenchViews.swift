import Glibc
import LagesbildTUI

/// Key → repaint in the views beside the dashboard's lists: the map (`K`), the follow-up
/// report (`r`, with its Effekt table), the multi-year report (`Y`) and the meeting (`M`).
/// Each view is opened once (its first build is the key that counts) and then moved in.
/// The report opens with its head and has the rest laid out on the other core: how long
/// until it is whole on screen is measured too, from the key, and the moves start after.
enum BenchViews {
    static func timings(_ app: DashboardApp, _ screen: GridScreen) -> [(String, String)] {
        func press(_ key: KeyEvent) -> Double { BenchChild.pressTimed(key, app, screen) }
        let views: [(name: String, key: KeyEvent, moves: [KeyEvent])] = [
            ("map", .character("K"), [.right, .down, .left, .up, .tab, .character("+"), .character("-")]),
            ("report", .character("r"), [.down, .down, .pageDown, .up]),
            ("years", .character("Y"), [.down, .down, .pageDown, .up]),
            ("meeting", .character("M"), [.down, .down, .tab, .up]),
        ]
        var out: [(String, String)] = []
        for view in views {
            _ = press(.home)
            let start = now()
            let open = press(view.key)
            if app.isCompletingView || view.name == "report" {
                // A look and a frame each millisecond until one is whole (the run loop looks
                // every 15 ms; this measures the work, not that wait).
                while app.isCompletingView {
                    usleep(1000)
                    app.render(on: screen)
                }
                out.append(("key_\(view.name)_whole_ms", fmt((now() - start) * 1000)))
            }
            var moves: [Double] = []
            for i in 0..<40 { moves.append(press(view.moves[i % view.moves.count])) }
            _ = press(.escape)
            _ = press(.escape)
            out.append(("key_\(view.name)_open_ms", fmt(open * 1000)))
            out.append(("key_\(view.name)_p50_ms", fmt(percentile(moves, 50) * 1000)))
            out.append(("key_\(view.name)_p99_ms", fmt(percentile(moves, 99) * 1000)))
        }
        return out
    }
}
