import Foundation

// The sorted lists the record index answers range queries from.

/// Index of the first element of `sorted` (in day order) dated no earlier than `day`.
@inline(__always)
func firstIndex<T>(notBefore day: Day, in sorted: [T], _ dayOf: (T) -> Day) -> Int {
    var lo = 0, hi = sorted.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if dayOf(sorted[mid]) < day { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

/// Days in ascending order with range queries by binary search.
struct SortedDays: Sendable {
    private(set) var days: [Day] = []

    mutating func append(_ day: Day) { days.append(day) }
    mutating func sort() { days.sort() }

    /// Keeps the order; records mostly arrive in date order, so this is nearly an append.
    mutating func insert(_ day: Day) { days.insert(day, at: lowerBound(day.adding(days: 1))) }

    mutating func remove(_ day: Day) {
        let i = lowerBound(day)
        if i < days.count, days[i] == day { days.remove(at: i) }
    }

    private func lowerBound(_ day: Day) -> Int { firstIndex(notBefore: day, in: days) { $0 } }

    func count(from: Day, to: Day) -> Int {
        guard from <= to else { return 0 }
        return lowerBound(to.adding(days: 1)) - lowerBound(from)
    }

    func slice(from: Day, to: Day) -> ArraySlice<Day> {
        guard from <= to else { return [] }
        return days[lowerBound(from)..<lowerBound(to.adding(days: 1))]
    }

    /// Days in `from…split` and in the day after `split` … `end`: two adjacent windows in
    /// three searches instead of four. `from ≤ split < end` is the caller's.
    func counts(from: Day, through split: Day, to end: Day) -> (Int, Int) {
        let middle = lowerBound(split.adding(days: 1))
        return (middle - lowerBound(from), lowerBound(end.adding(days: 1)) - middle)
    }

    /// Whether any day lies in `from…to`, in one search.
    func any(from: Day, to: Day) -> Bool {
        let i = lowerBound(from)
        return i < days.count && days[i] <= to
    }

    func last(onOrBefore day: Day) -> Day? {
        let i = lowerBound(day.adding(days: 1))
        return i > 0 ? days[i - 1] : nil
    }
}

/// Where records lie in their kind's array (`RecordArrays`), with their days, in day order:
/// a place's records of one period are found by binary search, not by reading every record
/// the place ever had, and each is then read from its array without a look-up by id. A
/// void fills its gap with the kind's last record, which the ledger reports (`move`).
struct DatedSlots: Sendable {
    private(set) var items: [(day: Day, slot: Int32)] = []

    mutating func append(_ day: Day, _ slot: Int32) { items.append((day, slot)) }

    private func lowerBound(_ day: Day) -> Int { firstIndex(notBefore: day, in: items) { $0.day } }

    /// Records mostly arrive in date order, so this is nearly an append.
    mutating func insert(_ day: Day, _ slot: Int32) { items.insert((day, slot), at: lowerBound(day.adding(days: 1))) }

    mutating func remove(_ day: Day, _ slot: Int32) {
        if let i = position(day, slot) { items.remove(at: i) }
    }

    /// The record dated `day` at `from` now lies at `to`.
    mutating func move(_ day: Day, from: Int32, to: Int32) {
        if let i = position(day, from) { items[i].slot = to }
    }

    private func position(_ day: Day, _ slot: Int32) -> Int? {
        var i = lowerBound(day)
        while i < items.count, items[i].day == day {
            if items[i].slot == slot { return i }
            i += 1
        }
        return nil
    }

    func slots(from: Day, to: Day) -> [Int32] {
        guard from <= to else { return [] }
        return items[lowerBound(from)..<lowerBound(to.adding(days: 1))].map(\.slot)
    }
}

/// The positions `0..<count` in the order of their days, equal days in position order: the
/// index walks records in this order so every list it builds is already sorted. Days span
/// a few thousand values for any number of records, so counting them (two passes, no
/// comparisons) is what sorts them; a span far wider than the records falls back to a sort.
func dayOrder(_ count: Int, _ dayAt: (Int) -> Day) -> [Int32] {
    guard count > 1 else { return count == 1 ? [0] : [] }
    var low = Int.max, high = Int.min
    for i in 0..<count {
        let d = dayAt(i).ordinal
        low = min(low, d)
        high = max(high, d)
    }
    let span = high - low + 1
    guard span <= 4 * count + 4_096 else {
        return (0..<Int32(count)).sorted { a, b in
            let da = dayAt(Int(a)), db = dayAt(Int(b))
            return da != db ? da < db : a < b
        }
    }
    var starts = [Int32](repeating: 0, count: span + 1)
    for i in 0..<count { starts[dayAt(i).ordinal - low + 1] += 1 }
    for k in 1...span { starts[k] += starts[k - 1] }
    var order = [Int32](repeating: 0, count: count)
    for i in 0..<count {
        let k = dayAt(i).ordinal - low
        order[Int(starts[k])] = Int32(i)
        starts[k] += 1
    }
    return order
}
