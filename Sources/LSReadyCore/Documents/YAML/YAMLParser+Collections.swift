/// Block and flow sequences and mappings.
extension YAMLParser {
    mutating func parseBlockSequence(tag: String?, anchor: String?) throws -> YAMLNode {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        while true {
            let token = try scanner.peekToken()
            switch token.type {
            case .blockEntry:
                try scanner.skipToken()
                let next = try scanner.peekType()
                if next == .blockEntry || next == .blockEnd {
                    items.append(emptyNode(at: token.end))
                } else {
                    items.append(try parseNode(block: true, indentlessSequence: false))
                }
            case .blockEnd:
                try scanner.skipToken()
                return YAMLNode(.sequence(items), tag: tag, anchor: anchor, at: location(start.start))
            default:
                throw unexpectedTokenError(token, expected: "a list item ('- ')")
            }
        }
    }

    /// A sequence written at the same indentation as its mapping key:
    /// `key:` then `- item` lines. It has no BLOCK-SEQUENCE-START/END tokens.
    mutating func parseIndentlessSequence(tag: String?, anchor: String?) throws -> YAMLNode {
        let start = try scanner.peekToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        while true {
            let token = try scanner.peekToken()
            guard token.type == .blockEntry else { break }
            try scanner.skipToken()
            let next = try scanner.peekType()
            switch next {
            case .blockEntry, .key, .value, .blockEnd:
                items.append(emptyNode(at: token.end))
            default:
                items.append(try parseNode(block: true, indentlessSequence: false))
            }
        }
        return YAMLNode(.sequence(items), tag: tag, anchor: anchor, at: location(start.start))
    }

    mutating func parseBlockMapping(tag: String?, anchor: String?) throws -> YAMLNode {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var pairs: [YAMLPair] = []
        while true {
            let token = try scanner.peekToken()
            let key: YAMLNode
            switch token.type {
            case .key:
                try scanner.skipToken()
                let next = try scanner.peekType()
                switch next {
                case .key, .value, .blockEnd:
                    key = emptyNode(at: token.end)
                default:
                    key = try parseNode(block: true, indentlessSequence: true)
                }
            case .value:
                key = emptyNode(at: token.start)
            case .blockEnd:
                try scanner.skipToken()
                return YAMLNode(.mapping(pairs), tag: tag, anchor: anchor, at: location(start.start))
            default:
                throw unexpectedTokenError(token, expected: "a mapping key")
            }
            let valueToken = try scanner.peekToken()
            let value: YAMLNode
            if valueToken.type == .value {
                try scanner.skipToken()
                let next = try scanner.peekType()
                switch next {
                case .key, .value, .blockEnd:
                    value = emptyNode(at: valueToken.start)
                default:
                    value = try parseNode(block: true, indentlessSequence: true)
                }
            } else {
                value = emptyNode(at: valueToken.start)
            }
            pairs.append(YAMLPair(key: key, value: value))
        }
    }

    mutating func parseFlowSequence(tag: String?, anchor: String?) throws -> YAMLNode {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        var first = true
        while true {
            var token = try scanner.peekToken()
            if token.type == .flowSequenceEnd { break }
            if !first {
                guard token.type == .flowEntry else {
                    throw flowError(token, opening: start, expected: "',' or ']'")
                }
                try scanner.skipToken()
                token = try scanner.peekToken()
                if token.type == .flowSequenceEnd { break }
            }
            first = false
            if token.type == .key || token.type == .value {
                // A single-pair mapping inside a sequence: `[a: 1, ? b : 2]`.
                let pair = try parseFlowPair(closing: .flowSequenceEnd, opening: start)
                items.append(YAMLNode(.mapping([pair]), at: pair.key.location, isFlow: true))
            } else if token.type == .flowEntry {
                throw syntaxError("found an empty entry (',') in a flow sequence", at: token.start, hint: "remove the extra ','")
            } else {
                items.append(try parseFlowNode(opening: start))
            }
        }
        try scanner.skipToken()
        return YAMLNode(.sequence(items), tag: tag, anchor: anchor, at: location(start.start), isFlow: true)
    }

    mutating func parseFlowMapping(tag: String?, anchor: String?) throws -> YAMLNode {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var pairs: [YAMLPair] = []
        var first = true
        while true {
            var token = try scanner.peekToken()
            if token.type == .flowMappingEnd { break }
            if !first {
                guard token.type == .flowEntry else {
                    throw flowError(token, opening: start, expected: "',' or '}'")
                }
                try scanner.skipToken()
                token = try scanner.peekToken()
                if token.type == .flowMappingEnd { break }
            }
            first = false
            if token.type == .flowEntry {
                throw syntaxError("found an empty entry (',') in a flow mapping", at: token.start, hint: "remove the extra ','")
            }
            pairs.append(try parseFlowPair(closing: .flowMappingEnd, opening: start))
        }
        try scanner.skipToken()
        return YAMLNode(.mapping(pairs), tag: tag, anchor: anchor, at: location(start.start), isFlow: true)
    }

    /// One `key: value` entry of a flow collection; the key, the ':' and the
    /// value may each be missing.
    mutating func parseFlowPair(closing: YAMLTokenType, opening: YAMLToken) throws -> YAMLPair {
        var token = try scanner.peekToken()
        let key: YAMLNode
        if token.type == .key {
            try scanner.skipToken()
            let next = try scanner.peekType()
            if next == .value || next == .flowEntry || next == closing {
                key = emptyNode(at: token.end)
            } else {
                key = try parseFlowNode(opening: opening)
            }
        } else if token.type == .value {
            key = emptyNode(at: token.start)
        } else {
            key = try parseFlowNode(opening: opening)
        }
        token = try scanner.peekToken()
        guard token.type == .value else {
            return YAMLPair(key: key, value: emptyNode(at: token.start))
        }
        try scanner.skipToken()
        let next = try scanner.peekType()
        if next == .flowEntry || next == closing {
            return YAMLPair(key: key, value: emptyNode(at: token.end))
        }
        return YAMLPair(key: key, value: try parseFlowNode(opening: opening))
    }

    mutating func parseFlowNode(opening: YAMLToken) throws -> YAMLNode {
        let token = try scanner.peekToken()
        switch token.type {
        case .streamEnd, .documentStart, .documentEnd, .blockEnd, .flowEntry, .flowSequenceEnd, .flowMappingEnd, .key, .value:
            if token.type == .streamEnd || token.type == .documentStart || token.type == .documentEnd {
                throw unclosedFlowError(opening)
            }
            throw flowError(token, opening: opening, expected: "a value")
        default:
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    func flowError(_ token: YAMLToken, opening: YAMLToken, expected: String) -> InputError {
        switch token.type {
        case .streamEnd, .documentStart, .documentEnd:
            return unclosedFlowError(opening)
        default:
            return syntaxError("expected \(expected) in this flow collection, but found \(token.displayName)", at: token.start,
                               hint: "the collection opened at line \(opening.start.line), column \(opening.start.column + 1)")
        }
    }

    func unclosedFlowError(_ opening: YAMLToken) -> InputError {
        let sequence = opening.type == .flowSequenceStart
        return syntaxError("unclosed flow \(sequence ? "sequence" : "mapping"): no matching \(sequence ? "']'" : "'}'")", at: opening.start,
                           hint: "close the \(sequence ? "'['" : "'{'") that opens here")
    }
}
