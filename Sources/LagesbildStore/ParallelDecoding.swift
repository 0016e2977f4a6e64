import Foundation
import LagesbildCore

extension JournalReader {
    /// Lines per work item: large enough that handing out work costs nothing measurable.
    static let linesPerChunk = 2_048

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
