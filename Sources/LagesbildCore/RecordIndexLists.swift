import Foundation

// The sorted lists the record index answers range queries from.

/// Index of the first element of `sorted` (in day order) dated no earlier than `day`.
@inline(__always)
private func firstIndex<T>(notBefore day: Day, in sorted: [T], _ dayOf: (T) -> Day) -> Int {
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

    func last(onOrBefore day: Day) -> Day? {
        let i = lowerBound(day.adding(days: 1))
        return i > 0 ? days[i - 1] : nil
    }
}

/// Record ids with their days, in day order: a place's records of one period are found by
/// binary search, not by reading every record the place ever had.
struct DatedIDs: Sendable {
    private(set) var items: [(day: Day, id: UUID)] = []

    mutating func append(_ day: Day, _ id: UUID) { items.append((day, id)) }
    mutating func sort() { items.sort { $0.day < $1.day } }

    private func lowerBound(_ day: Day) -> Int { firstIndex(notBefore: day, in: items) { $0.day } }

    /// Records mostly arrive in date order, so this is nearly an append.
    mutating func insert(_ day: Day, _ id: UUID) { items.insert((day, id), at: lowerBound(day.adding(days: 1))) }

    mutating func remove(_ day: Day, _ id: UUID) {
        var i = lowerBound(day)
        while i < items.count, items[i].day == day {
            if items[i].id == id { items.remove(at: i); return }
            i += 1
        }
    }

    func ids(from: Day, to: Day) -> [UUID] {
        guard from <= to else { return [] }
        return items[lowerBound(from)..<lowerBound(to.adding(days: 1))].map(\.id)
    }
}
