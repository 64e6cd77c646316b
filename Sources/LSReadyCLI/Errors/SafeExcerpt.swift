import LSReadyCore

/// The offending line of an input error, made safe to print:
///
/// - only up to and including the offending token: nothing after it;
/// - every value masked as `…` (plain, quoted, comments): only keys,
///   indentation and YAML/JSON punctuation are shown, so the structure
///   that went wrong is visible but no value is;
/// - nothing at all when the line sits under a secret-bearing key
///   (`SecretKeys`, or any key whose name says password, secret, token...),
///   as far as indentation tells.
///
/// ```
///    14 | image: …:
///       |         ^
/// ```
enum SafeExcerpt {
    static func render(source: [UInt8], line: Int, column: Int) -> String? {
        guard let lines = lines(of: source, through: line), lines.count == line else { return nil }
        let text = lines[line - 1]
        guard !isUnderSecretKey(lines) else { return nil }
        let characters = Array(text.unicodeScalars)
        let errorIndex = min(column - 1, characters.count)
        var shown = ""
        var caret = 0
        for segment in segments(of: characters) {
            if segment.start > errorIndex { break }
            if segment.start <= errorIndex {
                caret = shown.unicodeScalars.count
            }
            shown += segment.text
            if segment.end > errorIndex { break }
        }
        if errorIndex >= characters.count { caret = shown.unicodeScalars.count }
        // A very long prefix is cut at the front: the caret is what matters.
        let maxWidth = 100
        if caret > maxWidth {
            let drop = caret - maxWidth + 1
            shown = "…" + String(String.UnicodeScalarView(shown.unicodeScalars.dropFirst(drop)))
            caret = caret - drop + 1
        }
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(shown)\n \(gutter) | \(String(repeating: " ", count: caret))^\n"
    }

    /// The text of lines 1...`line` (fewer when the file is shorter); nil when
    /// they are not valid UTF-8.
    private static func lines(of source: [UInt8], through line: Int) -> [String]? {
        var result: [String] = []
        var start = 0
        var index = 0
        while index <= source.count && result.count < line {
            if index == source.count || source[index] == 0x0A || source[index] == 0x0D {
                guard let text = String(validating: source[start..<index], as: UTF8.self) else { return nil }
                result.append(text)
                if index == source.count { break }
                if source[index] == 0x0D, index + 1 < source.count, source[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        return result
    }

    // MARK: Secret-bearing keys

    /// Key names (lowercased) that hold a secret in the LangSmith chart.
    private static let secretKeyNames: Set<String> = Set(SecretKeys.keyPaths.compactMap { $0.last?.lowercased() })
    /// Words that mark a key as secret-bearing in any file.
    private static let secretWords = ["password", "passwd", "secret", "token", "salt", "licensekey", "apikey",
                                      "accesskey", "accountkey", "privatekey", "credential", "connectionurl",
                                      "connectionstring", "dsn", "auth"]

    static func isSecretKey(_ key: String) -> Bool {
        let lowered = key.lowercased().filter { $0 != "_" && $0 != "-" }
        return secretKeyNames.contains(lowered) || secretWords.contains { lowered.contains($0) }
    }

    /// Whether the last line, or a less indented `key:` line above it (its
    /// parents, as far as indentation tells), names a secret-bearing key.
    private static func isUnderSecretKey(_ lines: [String]) -> Bool {
        var indentation = Int.max
        for text in lines.reversed() {
            let scalars = Array(text.unicodeScalars)
            let lead = scalars.prefix { $0 == " " || $0 == "-" || $0 == "\t" }.count
            guard lead < scalars.count else { continue }
            let isTheErrorLine = indentation == .max
            if !isTheErrorLine && lead >= indentation { continue }
            // Every key on the line counts (`{user: x, password: y}` too).
            if keys(on: scalars).contains(where: isSecretKey) { return true }
            indentation = lead
            if lead == 0 { break }
        }
        return false
    }

    private static func keys(on characters: [Unicode.Scalar]) -> [String] {
        segments(of: characters).compactMap(\.key)
    }

    // MARK: Masking

    struct Segment {
        /// Offsets into the line (in Unicode scalars): `start..<end`.
        var start: Int
        var end: Int
        var text: String
        /// The key's name, when the segment is a mapping key.
        var key: String?
    }

    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]

    /// The line cut into keys, punctuation and masked values.
    static func segments(of characters: [Unicode.Scalar]) -> [Segment] {
        var segments: [Segment] = []
        var index = 0
        // Only a scalar where a key can start is shown as a key: at the start
        // of the line (after indentation and '- '), after '{', ',' or '?'.
        // In `a: b: c` the `b` is a value, whatever follows it.
        var expectingKey = true
        /// A scalar is a key when ':' follows it (after spaces) and, for a
        /// plain scalar, the ':' is followed by a space, a flow indicator or the end.
        func isKey(after end: Int, quoted: Bool) -> Bool {
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            guard next < characters.count, characters[next] == ":" else { return false }
            if quoted { return true }
            return next + 1 == characters.count || characters[next + 1] == " " || characters[next + 1] == "\t"
                || flowIndicators.contains(characters[next + 1])
        }
        while index < characters.count {
            let character = characters[index]
            let start = index
            switch character {
            case " ":
                index += 1
                segments.append(Segment(start: start, end: index, text: " "))
            case "\t":
                index += 1
                segments.append(Segment(start: start, end: index, text: "→"))
            case "#" where index == 0 || characters[index - 1] == " " || characters[index - 1] == "\t":
                segments.append(Segment(start: start, end: characters.count, text: "#…"))
                index = characters.count
            case "\"", "'":
                index += 1
                while index < characters.count {
                    if character == "\"" && characters[index] == "\\" { index += 2; continue }
                    if characters[index] == character {
                        if character == "'" && index + 1 < characters.count && characters[index + 1] == "'" { index += 2; continue }
                        index += 1
                        break
                    }
                    index += 1
                }
                index = min(index, characters.count)
                if expectingKey && isKey(after: index, quoted: true) {
                    let name = String(String.UnicodeScalarView(characters[(start + 1)..<max(start + 1, index - 1)]))
                    segments.append(Segment(start: start, end: index, text: String(String.UnicodeScalarView(characters[start..<index])), key: name))
                } else {
                    segments.append(Segment(start: start, end: index, text: "\(character)…"))
                }
            case ",", "[", "]", "{", "}", ":", "-", "?", "|", ">", "&", "*", "!":
                index += 1
                segments.append(Segment(start: start, end: index, text: String(character)))
                if character == ":" { expectingKey = false }
                if character == "{" || character == "," || character == "?" { expectingKey = true }
            default:
                // A plain scalar: up to whitespace, a flow indicator, or ': '.
                while index < characters.count {
                    let next = characters[index]
                    if next == " " || next == "\t" || flowIndicators.contains(next) { break }
                    if next == ":" && (index + 1 == characters.count || characters[index + 1] == " "
                                       || characters[index + 1] == "\t" || flowIndicators.contains(characters[index + 1])) { break }
                    index += 1
                }
                if index == start { index += 1 }
                let word = String(String.UnicodeScalarView(characters[start..<index]))
                if expectingKey && isKey(after: index, quoted: false) {
                    segments.append(Segment(start: start, end: index, text: word, key: word))
                } else {
                    segments.append(Segment(start: start, end: index, text: "…"))
                }
            }
        }
        return segments
    }
}
