extension Array {
    /// Appends the elements of `other`, moved rather than copied, each
    /// passed to `adjust` on the way; `other` is left empty. A copy would
    /// retain every reference an element holds (and `other`'s end release
    /// them): for objects read on another thread, scattered in memory, that
    /// is a cache miss per string, array and dictionary of every object.
    mutating func appendMoving(_ other: inout [Element], adjusting adjust: (inout Element) -> Void) {
        // No `reserveCapacity`: it allocates exactly, so appending many
        // arrays one after another would copy the whole array each time.
        // Reversed by moves (the buffer's swap moves; an array's may copy), then taken from the end.
        other.withUnsafeMutableBufferPointer { $0.reverse() }
        while var element = other.popLast() {
            adjust(&element)
            append(consume element)
        }
    }
}
