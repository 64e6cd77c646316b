/// Anchors, aliases, tags and directives.
extension YAMLScanner {
    mutating func fetchAnchorOrAlias(_ type: YAMLTokenType) throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip()
        let nameStart = mark.offset
        // YAML 1.2: an anchor name is any run of non-space characters except flow indicators.
        while !Byte.isBlankOrEnd(peek()) && !Byte.isFlowIndicator(peek()) {
            skipCharacter()
        }
        guard mark.offset > nameStart else {
            let what = type == .anchor ? "an anchor ('&')" : "an alias ('*')"
            throw syntaxError("\(what) needs a name", at: start, hint: "write &name or *name, or quote a value that starts with '&' or '*'")
        }
        var token = YAMLToken(type, start: start, end: mark)
        token.value = inputText(nameStart..<mark.offset)
        tokens.append(token)
    }

    mutating func fetchTag() throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        var handle: String
        var suffix: String
        if peek(1) == Byte.lessThan {
            // Verbatim: !<tag:example.com,2000:x>
            skip(); skip()
            handle = ""
            suffix = try scanTagURI(verbatim: true, start: start)
            guard peek() == Byte.greaterThan else {
                throw syntaxError("a verbatim tag must end with '>'", at: mark)
            }
            skip()
            guard !suffix.isEmpty else { throw syntaxError("a verbatim tag cannot be empty", at: start) }
        } else {
            // A handle `!`, `!!` or `!name!`, then the suffix; `!` alone is the non-specific tag.
            skip()
            var index = mark.offset
            while Byte.isAlphanumeric(bytes[index]) || bytes[index] == Byte.minus { index += 1 }
            if bytes[index] == Byte.exclamation {
                let nameStart = mark.offset
                while mark.offset <= index { skip() }
                handle = "!" + String(decoding: bytes[nameStart..<mark.offset], as: UTF8.self)
                suffix = try scanTagURI(verbatim: false, start: start)
                if suffix.isEmpty && handle != "!!" {
                    throw syntaxError("the tag \(handle) needs a suffix", at: start)
                }
            } else {
                handle = "!"
                suffix = try scanTagURI(verbatim: false, start: start)
                if suffix.isEmpty {
                    handle = ""
                    suffix = "!"
                }
            }
        }
        let next = peek()
        guard Byte.isBlankOrEnd(next) || (flowLevel > 0 && Byte.isFlowIndicator(next)) else {
            throw syntaxError("a tag must be followed by a space", at: mark)
        }
        var token = YAMLToken(.tag, start: start, end: mark)
        token.value = bufferedText(handle)
        token.suffix = bufferedText(suffix)
        tokens.append(token)
    }

    /// The characters of a tag after its handle, with `%XX` escapes decoded.
    mutating func scanTagURI(verbatim: Bool, start: Mark) throws -> String {
        var bytes: [UInt8] = []
        while true {
            let byte = peek()
            if byte == Byte.percent {
                guard let high = Byte.hexValue(peek(1)), let low = Byte.hexValue(peek(2)) else {
                    throw syntaxError("a '%' in a tag must be followed by two hexadecimal digits", at: mark)
                }
                bytes.append(UInt8(high << 4 | low))
                skip(); skip(); skip()
            } else if isTagCharacter(byte, verbatim: verbatim) {
                bytes.append(byte)
                skip()
            } else {
                break
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw syntaxError("a tag's %-escapes do not decode to UTF-8", at: start)
        }
        return text
    }

    /// URI characters (RFC 3986) allowed in tags; a shorthand tag excludes
    /// `!` and the flow indicators so that `!a,` or `[!a]` end the tag.
    func isTagCharacter(_ byte: UInt8, verbatim: Bool) -> Bool {
        if Byte.isAlphanumeric(byte) || byte >= 0x80 { return true }
        switch byte {
        case Byte.minus, 0x3B /* ; */, Byte.slash, Byte.question, Byte.colon, Byte.at, Byte.ampersand, 0x3D /* = */,
             Byte.plus, 0x24 /* $ */, Byte.underscore, Byte.dot, Byte.tilde, Byte.asterisk, Byte.singleQuote,
             0x28 /* ( */, 0x29 /* ) */, Byte.hash:
            return true
        case Byte.exclamation, Byte.comma, Byte.leftBracket, Byte.rightBracket:
            return verbatim
        default:
            return false
        }
    }

    // MARK: Directives

    mutating func fetchDirective() throws {
        try unrollIndent(to: -1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip()
        let nameStart = mark.offset
        while !Byte.isBlankOrEnd(peek()) { skipCharacter() }
        let name = String(decoding: bytes[nameStart..<mark.offset], as: UTF8.self)
        var token: YAMLToken
        var reserved = false
        switch name {
        case "YAML":
            try skipSeparatingBlanks(after: "%YAML")
            let major = try scanVersionNumber()
            guard peek() == Byte.dot else { throw syntaxError("expected a version like 1.2 after %YAML", at: mark) }
            skip()
            let minor = try scanVersionNumber()
            token = YAMLToken(.versionDirective, start: start, end: mark)
            token.value = bufferedText("\(major).\(minor)")
        case "TAG":
            try skipSeparatingBlanks(after: "%TAG")
            guard peek() == Byte.exclamation else { throw syntaxError("expected a tag handle like !e! after %TAG", at: mark) }
            let handleStart = mark.offset
            skip()
            while Byte.isAlphanumeric(peek()) || peek() == Byte.minus { skip() }
            if peek() == Byte.exclamation { skip() }
            let handle = String(decoding: bytes[handleStart..<mark.offset], as: UTF8.self)
            if handle.count > 1 && !handle.hasSuffix("!") {
                throw syntaxError("a tag handle must end with '!'", at: mark)
            }
            try skipSeparatingBlanks(after: "the tag handle")
            let prefix = try scanTagURI(verbatim: true, start: mark)
            guard !prefix.isEmpty else { throw syntaxError("expected a tag prefix after the %TAG handle", at: mark) }
            token = YAMLToken(.tagDirective, start: start, end: mark)
            token.value = bufferedText(handle)
            token.suffix = bufferedText(prefix)
        default:
            // A reserved directive: ignored, as the spec asks.
            while !Byte.isBreakOrEnd(peek()) {
                if peek() == Byte.hash && Byte.isBlank(bytes[mark.offset - 1]) { break }
                skipCharacter()
            }
            token = YAMLToken(.versionDirective, start: start, end: mark)
            reserved = true
        }
        while Byte.isBlank(peek()) { skip() }
        if peek() == Byte.hash {
            guard Byte.isBlank(bytes[mark.offset - 1]) else {
                throw syntaxError("a comment must be separated from the directive by a space", at: mark)
            }
            while !Byte.isBreakOrEnd(peek()) { skipCharacter() }
        }
        guard Byte.isBreakOrEnd(peek()) else {
            throw syntaxError("unexpected text after the directive", at: mark)
        }
        if !reserved {
            tokens.append(token)
        }
    }

    mutating func skipSeparatingBlanks(after what: String) throws {
        guard Byte.isBlank(peek()) else { throw syntaxError("expected a space after \(what)", at: mark) }
        while Byte.isBlank(peek()) { skip() }
    }

    mutating func scanVersionNumber() throws -> Int {
        var value = 0
        var digits = 0
        while Byte.isDecimalDigit(peek()) {
            value = value * 10 + Int(peek() - Byte.zero)
            digits += 1
            skip()
            if digits > 9 { throw syntaxError("the version number is too long", at: mark) }
        }
        guard digits > 0 else { throw syntaxError("expected a version number", at: mark) }
        return value
    }
}
