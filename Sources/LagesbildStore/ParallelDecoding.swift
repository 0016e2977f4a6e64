import Foundation
import LagesbildCore

extension JournalReader {
    /// Lines per work item: large enough that handing out work costs nothing measurable,
    /// small enough that a chunk of the file splits evenly over the cores.
    static let linesPerChunk = 1_024

    /// Decodes lines on every core. Decoding a line is pure and dominates a cold load, so
    /// splitting the lines into chunks scales with the cores; the results keep line order.
    static func decodeInParallel(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> [JournalLine.Decoded] {
        // One padded copy of the chunk lets simdjson parse every line where it lies.
        var padded = bytes
        padded.append(contentsOf: repeatElement(0, count: SimdJSONParser.padding))
        return padded.withUnsafeBufferPointer { all in
            guard ranges.count > linesPerChunk else {
                let parser = SimdJSONParser()
                return ranges.map { JournalLine.decode(padded: UnsafeBufferPointer(rebasing: all[$0]), with: parser) }
            }
            var results = [JournalLine.Decoded?](repeating: nil, count: ranges.count)
            let chunks = (ranges.count + linesPerChunk - 1) / linesPerChunk
            results.withUnsafeMutableBufferPointer { out in
                // Each chunk writes only its own slots, so the threads never share an element;
                // the padded bytes are only read.
                nonisolated(unsafe) let slots = out
                nonisolated(unsafe) let all = all
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * linesPerChunk
                    let parser = SimdJSONParser()
                    for i in lower..<min(ranges.count, lower + linesPerChunk) {
                        slots[i] = JournalLine.decode(padded: UnsafeBufferPointer(rebasing: all[ranges[i]]), with: parser)
                    }
                }
            }
            return results.map { $0! }
        }
    }
}

/// One chunk's complete lines, decoded off the reading thread while the chunk before it is
/// delivered. The results are written by the decoding thread before `done` is signalled
/// and read only after `wait()`, so the two threads never touch them at once.
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
    private var results: [JournalLine.Decoded] = []

    /// Fewer lines than this are decoded on the caller's thread: a refresh that finds a few
    /// appended lines should not wait for a thread to wake.
    static let inlineLines = 256

    init(name: String, bytes: [UInt8], base: Int, used: Int, ranges: [Range<Int>], numbers: [Int]) {
        self.name = name
        self.bytes = bytes
        self.base = base
        self.used = used
        self.ranges = ranges
        self.numbers = numbers
    }

    func start() {
        guard ranges.count >= DecodeJob.inlineLines else {
            results = JournalReader.decodeInParallel(bytes, ranges)
            done.signal()
            return
        }
        DispatchQueue.global().async {
            self.results = JournalReader.decodeInParallel(self.bytes, self.ranges)
            self.done.signal()
        }
    }

    func wait() -> [JournalLine.Decoded] {
        done.wait()
        return results
    }
}

/// At most one chunk decoding while the one before it is delivered.
struct DecodePipeline {
    private var inFlight: DecodeJob?

    /// Starts `job` and returns the chunk before it, to be finished now.
    mutating func start(_ job: DecodeJob) -> DecodeJob? {
        job.start()
        defer { inFlight = job }
        return inFlight
    }

    /// The last chunk, once everything has been started.
    mutating func drain() -> DecodeJob? {
        defer { inFlight = nil }
        return inFlight
    }
}
