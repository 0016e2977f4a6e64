import Foundation
import LagesbildCore
import LagesbildStore
import LagesbildTUI

/// Measures one data folder in this process and prints `key=value` lines for the parent.
enum BenchChild {
    /// `fromSnapshot` false: the snapshot is removed first, so every journal line is parsed
    /// (the first start on a folder); the snapshot this start writes is timed too.
    static func run(folder: String, fromSnapshot: Bool) -> Int32 {
        if !fromSnapshot { try? FileManager.default.removeItem(atPath: "\(folder)/\(SnapshotFile.directory)") }
        let source = FolderEventSource(folder: folder, snapshots: .readAndWrite)
        // As the dashboard: the first snapshot is written once the first frame is shown.
        source.defersFirstSnapshot = true
        let timing = TimedSource(source)
        let options = DashboardOptions(today: BenchFolders.today)
        let start = now()
        let app = DashboardApp(source: timing, sink: nil, options: options, today: BenchFolders.today, clock: { "12:00" })
        let initDone = now()
        let (_, pictureTime) = timed { _ = app.picture }
        let screen = GridScreen(rows: 40, cols: 120)
        let (_, drawTime) = timed { app.render(on: screen) }
        let firstFrame = now() - start
        source.firstFrameShown()
        let events = app.ledger.rounds.count + app.ledger.interventions.count + app.ledger.incidents.count
            + app.ledger.measures.count
        let (_, snapshotWait) = timed { source.finishSnapshotWrites() }
        let snapshotSize = (try? FileManager.default.attributesOfItem(atPath: SnapshotFile.path(in: folder)))?[.size] as? Int
        var out: [(String, String)] = [
            ("from_snapshot", source.startedFromSnapshot ? "1" : "0"),
            ("snapshot_wait_s", fmt(snapshotWait)),
            ("snapshot_bytes", "\(snapshotSize ?? 0)"),
            ("events", "\(app.ledger.eventCount)"),
            ("lines_parsed", "\(timing.eventsDelivered)"),
            ("records", "\(events)"),
            ("journal_bytes", "\(journalBytes(folder))"),
            ("read_s", fmt(timing.seconds)),
            ("after_read_s", fmt(initDone - start - timing.seconds)),
            ("picture_s", fmt(pictureTime)),
            ("draw_s", fmt(drawTime)),
            ("first_frame_s", fmt(firstFrame)),
        ]
        out += keyTimings(app, screen)
        out += BenchViews.timings(app, screen)
        out.append(("append_s", fmt(appendTime(near: folder))))
        let peak = procStatusBytes("VmHWM")
        out.append(("peak_rss", "\(peak)"))
        // Per event applied: from the snapshot none are delivered, yet all of them are held.
        out.append(("bytes_per_event", fmt(Double(peak) / Double(max(1, app.ledger.eventCount)), digits: 0)))
        for (k, v) in out { print("\(k)=\(v)") }
        return 0
    }

    /// Key → repaint in the dashboard's lists, across periods and into drill-downs.
    static func keyTimings(_ app: DashboardApp, _ screen: GridScreen) -> [(String, String)] {
        func press(_ key: KeyEvent) -> Double { pressTimed(key, app, screen) }
        var list: [Double] = []
        for i in 0..<300 { list.append(press(i % 20 == 19 ? .home : .down)) }
        // Back through earlier periods and forward again: each period is new to the cache once.
        var period: [Double] = []
        for i in 0..<120 { period.append(press(i < 60 ? .left : .right)) }
        // Enter on each hot spot in turn (its drill-down built for the first time), then Esc.
        var drill: [Double] = []
        _ = press(.home)
        for _ in 0..<16 {
            drill.append(press(.enter))
            _ = press(.escape)
            _ = press(.down)
        }
        return [
            ("key_drill_p50_ms", fmt(percentile(drill, 50) * 1000)),
            ("key_drill_p99_ms", fmt(percentile(drill, 99) * 1000)),
            ("key_list_p50_ms", fmt(percentile(list, 50) * 1000)),
            ("key_list_p99_ms", fmt(percentile(list, 99) * 1000)),
            ("key_period_p50_ms", fmt(percentile(period, 50) * 1000)),
            ("key_period_p99_ms", fmt(percentile(period, 99) * 1000)),
        ]
    }

    /// Key → repaint: handle the key and draw the whole frame, as the curses loop does
    /// (ncurses' own diff and output are not part of it).
    static func pressTimed(_ key: KeyEvent, _ app: DashboardApp, _ screen: GridScreen) -> Double {
        timed {
            _ = app.handle(key)
            app.render(on: screen)
        }.1
    }

    /// The median of several durable appends (lock, append, fsync) to a journal of its own
    /// in a scratch folder beside the benchmark folder, so the folder measured never grows.
    static func appendTime(near folder: String) -> Double {
        let scratch = folder + "-append-\(getpid())"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let appender = JournalAppender(folder: scratch, writer: "bench@bench")
        var samples: [Double] = []
        for i in 0..<21 {
            let incident = Incident(date: BenchFolders.today, hotSpot: "resecentrum", category: .otryggPlats,
                                    source: .polis, text: "Mätning \(i)")
            let event = JournalEvent(timestamp: Date(), author: appender.author, action: .recorded, record: .incident(incident))
            samples.append(timed { try? appender.append(event) }.1)
        }
        return percentile(samples, 50)
    }

    static func journalBytes(_ folder: String) -> Int {
        let dir = "\(folder)/journal"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.reduce(0) { sum, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: "\(dir)/\(name)")
            return sum + ((attributes?[.size] as? Int) ?? 0)
        }
    }
}

func fmt(_ x: Double, digits: Int = 4) -> String { String(format: "%.\(digits)f", x) }

/// Times the folder reads the dashboard makes and counts the events they deliver.
final class TimedSource: EventSource {
    let inner: EventSource
    private(set) var seconds = 0.0
    private(set) var eventsDelivered = 0

    init(_ inner: EventSource) { self.inner = inner }

    func refresh() -> DataSnapshot {
        let (snapshot, t) = timed { inner.refresh() }
        seconds += t
        eventsDelivered += snapshot.deliveredCount
        return snapshot
    }

    /// The dashboard's path: the folder source replays each chunk as it is read, so this
    /// time is reading and replaying together.
    func refresh(applyingTo ledger: inout Ledger) -> DataSnapshot {
        var result: DataSnapshot?
        let t = timed { result = inner.refresh(applyingTo: &ledger) }.1
        seconds += t
        eventsDelivered += result!.deliveredCount
        return result!
    }
}
