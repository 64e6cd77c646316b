/// A document value as the generator builds it: keys keep the order given
/// (the generator writes them sorted, as kubectl does).
public indirect enum GenValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case map([(String, GenValue)])
    case list([GenValue])
}

extension GenValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

/// Deterministic pseudo-random numbers (SplitMix64): the same seed gives the same dump on every platform.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    public mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    public mutating func pick<T>(_ choices: [T]) -> T { choices[int(0...choices.count - 1)] }

    /// `count` characters of Kubernetes' safe alphabet (pod and ReplicaSet suffixes).
    public mutating func suffix(_ count: Int) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String((0..<count).map { _ in alphabet[int(0...alphabet.count - 1)] })
    }

    public mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[int(0...15)] })
    }

    public mutating func uid() -> String { "\(hex(8))-\(hex(4))-\(hex(4))-\(hex(4))-\(hex(12))" }

    /// A seed for a sub-generator, so that one part of the dump does not shift the others.
    public static func derive(_ seed: UInt64, _ parts: UInt64...) -> UInt64 {
        var mixer = SplitMix64(seed: seed)
        var value = mixer.next()
        for part in parts {
            mixer = SplitMix64(seed: value ^ part &* 0x2545_F491_4F6C_DD1D)
            value = mixer.next()
        }
        return value
    }
}
