import Foundation
import LagesbildCore

extension JournalReader {
    /// Lines per work item: large enough that handing out work costs nothing measurable,
    /// small enough that a chunk of the file splits evenly over the cores.
    static let linesPerChunk = 1_024

    /// Decodes lines on every core. Decoding a line is pure, so the lines are cut into
    /// pieces decoded side by side; each piece keeps its own events (moved, never copied,
    /// into the ledger) and problems, and the pieces come back in line order.
    /// `padded` ends in simdjson's padding, so every line is parsed where it lies.
    static func decodeInParallel(_ padded: [UInt8], _ ranges: [Range<Int>], _ numbers: [Int]) -> [DecodedPiece] {
        precondition(padded.count - (ranges.last?.upperBound ?? 0) >= SimdJSONParser.padding)
        let pieces = (ranges.count + linesPerChunk - 1) / linesPerChunk
        return padded.withUnsafeBufferPointer { all in
            func decode(_ piece: Int, _ parser: SimdJSONParser) -> DecodedPiece {
                var out = DecodedPiece()
                let lower = piece * linesPerChunk, upper = min(ranges.count, lower + linesPerChunk)
                out.events.reserveCapacity(upper - lower)
                out.lines.reserveCapacity(upper - lower)
                for i in lower..<upper {
                    switch JournalLine.decode(padded: UnsafeBufferPointer(rebasing: all[ranges[i]]), with: parser) {
                    case .event(let event):
                        out.events.append(event)
                        out.lines.append(numbers[i])
                    case .problem(let problem):
                        out.problems.append((i, problem))
                    }
                }
                return out
            }
            guard pieces > 1 else { return pieces == 0 ? [] : [decode(0, SimdJSONParser())] }
            var results = [DecodedPiece?](repeating: nil, count: pieces)
            results.withUnsafeMutableBufferPointer { out in
                // Each piece writes only its own slot, so the threads never share an element;
                // the padded bytes are only read.
                nonisolated(unsafe) let slots = out
                nonisolated(unsafe) let decodeOne = decode
                DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                    slots[piece] = decodeOne(piece, SimdJSONParser())
                }
            }
            return results.map { $0.unsafelyUnwrapped }
        }
    }
}

/// The decoded lines of one piece of a chunk: its events with their line numbers, and the
/// lines that are no event (as indexes into the chunk's lines) with their problems.
struct DecodedPiece: Sendable {
    var events: [JournalEvent] = []
    var lines: [Int] = []
    var problems: [(line: Int, problem: DiagnosticProblem)] = []
}

/// One chunk's complete lines, decoded off the reading thread while the chunk before it is
/// delivered. Its bytes end in simdjson's padding. The results are written by the decoding
/// thread before `done` is signalled and read only after `wait()`, so the two threads never
/// touch them at once.
final class DecodeJob: @unchecked Sendable {
    let name: String
    let bytes: [UInt8]
    /// The file offset of `bytes[0]`.
    let base: Int
    /// Bytes up to and including the last newline.
    let used: Int
    let ranges: [Range<Int>]
    let numbers: [Int]
    private let done = DispatchSemaphore(value: 0)
    private var results: [DecodedPiece] = []

    /// Fewer lines than this are decoded on the caller's thread: a refresh that finds a few
    /// appended lines should not wait for a thread to wake.
    static let inlineLines = 256

    init(name: String, padded bytes: [UInt8], base: Int, used: Int, ranges: [Range<Int>], numbers: [Int]) {
        self.name = name
        self.bytes = bytes
        self.base = base
        self.used = used
        self.ranges = ranges
        self.numbers = numbers
    }

    func start() {
        guard ranges.count >= DecodeJob.inlineLines else {
            results = JournalReader.decodeInParallel(bytes, ranges, numbers)
            done.signal()
            return
        }
        DispatchQueue.global().async {
            self.results = JournalReader.decodeInParallel(self.bytes, self.ranges, self.numbers)
            self.done.signal()
        }
    }

    /// The pieces, handed over once: the job lets go of them so the events have one owner.
    func wait() -> [DecodedPiece] {
        done.wait()
        defer { results = [] }
        return results
    }
}

/// Chunks decoding ahead while the oldest is delivered. With one ahead, a chunk slow to
/// replay (rounds cost more than incidents) left the decoding threads idle until it was
/// done, and a slow one to decode left the replay waiting; a few ahead even both out.
struct DecodePipeline {
    private var inFlight: [DecodeJob] = []
    /// Chunks decoded ahead of the one delivered: each is about 2 MB of text and its events.
    static let depth = 6

    /// Starts `job` and returns the oldest chunk once `depth` are ahead of it, to be
    /// finished now.
    mutating func start(_ job: DecodeJob) -> DecodeJob? {
        job.start()
        inFlight.append(job)
        return inFlight.count > Self.depth ? inFlight.removeFirst() : nil
    }

    /// The chunks still in flight, oldest first, once everything has been started.
    mutating func drain() -> [DecodeJob] {
        defer { inFlight = [] }
        return inFlight
    }
}
