/// go-yaml v2's map key order (sorter.go `keyList.Less`) for string keys:
/// letters before other characters, and runs of digits compared as numbers,
/// so `a2` sorts before `a10`.
enum GoYAMLKeyOrder {
    static func precedes(_ left: String, _ right: String) -> Bool {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        var digits = false
        var i = 0
        while i < a.count && i < b.count {
            defer { i += 1 }
            if a[i] == b[i] {
                digits = isDigit(a[i])
                continue
            }
            let aLetter = isLetter(a[i])
            let bLetter = isLetter(b[i])
            if aLetter && bLetter { return a[i].value < b[i].value }
            if aLetter || bLetter { return digits ? aLetter : bLetter }
            var aNumber: Int64 = 0
            var bNumber: Int64 = 0
            if a[i] == "0" || b[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(a[j]) {
                    if a[j] != "0" {
                        aNumber = 1
                        bNumber = 1
                        break
                    }
                    j -= 1
                }
            }
            var aEnd = i
            while aEnd < a.count && isDigit(a[aEnd]) {
                aNumber = aNumber &* 10 &+ Int64(a[aEnd].value) &- 48
                aEnd += 1
            }
            var bEnd = i
            while bEnd < b.count && isDigit(b[bEnd]) {
                bNumber = bNumber &* 10 &+ Int64(b[bEnd].value) &- 48
                bEnd += 1
            }
            if aNumber != bNumber { return aNumber < bNumber }
            if aEnd != bEnd { return aEnd < bEnd }
            return a[i].value < b[i].value
        }
        return a.count < b.count
    }

    /// Go's `unicode.IsDigit` (category Nd).
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// Go's `unicode.IsLetter` (category L).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
