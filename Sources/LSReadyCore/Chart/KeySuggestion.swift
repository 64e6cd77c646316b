/// Finds the key a user probably meant when they wrote an unknown one.
enum KeySuggestion {
    /// Edits allowed between a typo and its suggestion: enough for a swapped
    /// or missing letter, few enough that unrelated short keys do not match.
    static let maxDistance = 2

    /// The candidate equal to `key` ignoring case; else the nearest candidate
    /// within `maxDistance` edits (compared ignoring case); else nil. Ties go
    /// to the earlier candidate, so the answer is stable for sorted keys.
    static func nearest(to key: String, among candidates: [String]) -> String? {
        let lowered = key.lowercased()
        if let sameLetters = candidates.first(where: { $0.lowercased() == lowered }) {
            return sameLetters
        }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(lowered), Array(candidate.lowercased()), limit: maxDistance)
            if distance <= maxDistance, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance, or any value above `limit` once it is certain
    /// to exceed it (keys differing much in length are not compared at all).
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            if let smallest = current.min(), smallest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
