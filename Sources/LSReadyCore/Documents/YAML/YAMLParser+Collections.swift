/// Block and flow sequences and mappings.
extension YAMLParser {
    mutating func parseBlockSequence(tag: String?, anchor: String?) throws -> Sink.Value {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var items = try sink.beginSequence(tag: tag, anchor: anchor, at: start.start, isFlow: false)
        while true {
            let type = try scanner.peekType()
            switch type {
            case .blockEntry:
                let entryEnd = scanner.headEnd
                try scanner.skipToken()
                let next = try scanner.peekType()
                let item: Sink.Value
                if next == .blockEntry || next == .blockEnd {
                    item = try emptyNode(at: entryEnd)
                } else {
                    item = try parseNode(block: true, indentlessSequence: false)
                }
                try sink.append(item, to: &items)
            case .blockEnd:
                try scanner.skipToken()
                return try sink.endSequence(items)
            default:
                throw unexpectedTokenError(try scanner.peekToken(), expected: "a list item ('- ')")
            }
        }
    }

    /// A sequence written at the same indentation as its mapping key:
    /// `key:` then `- item` lines. It has no BLOCK-SEQUENCE-START/END tokens.
    mutating func parseIndentlessSequence(tag: String?, anchor: String?) throws -> Sink.Value {
        let start = scanner.headStart
        try enterCollection(at: start)
        defer { depth -= 1 }
        var items = try sink.beginSequence(tag: tag, anchor: anchor, at: start, isFlow: false)
        while try scanner.peekType() == .blockEntry {
            let entryEnd = scanner.headEnd
            try scanner.skipToken()
            let next = try scanner.peekType()
            let item: Sink.Value
            switch next {
            case .blockEntry, .key, .value, .blockEnd:
                item = try emptyNode(at: entryEnd)
            default:
                item = try parseNode(block: true, indentlessSequence: false)
            }
            try sink.append(item, to: &items)
        }
        return try sink.endSequence(items)
    }

    mutating func parseBlockMapping(tag: String?, anchor: String?) throws -> Sink.Value {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var pairs = try sink.beginMapping(tag: tag, anchor: anchor, at: start.start, isFlow: false)
        while true {
            let type = try scanner.peekType()
            let key: Sink.Value
            switch type {
            case .key:
                let keyEnd = scanner.headEnd
                try scanner.skipToken()
                try sink.beginKey(of: &pairs)
                let next = try scanner.peekType()
                switch next {
                case .key, .value, .blockEnd:
                    key = try emptyNode(at: keyEnd)
                default:
                    key = try parseNode(block: true, indentlessSequence: true)
                }
            case .value:
                try sink.beginKey(of: &pairs)
                key = try emptyNode(at: scanner.headStart)
            case .blockEnd:
                try scanner.skipToken()
                return try sink.endMapping(pairs)
            default:
                throw unexpectedTokenError(try scanner.peekToken(), expected: "a mapping key")
            }
            try sink.endKey(key, of: &pairs)
            let value: Sink.Value
            if try scanner.peekType() == .value {
                let valueStart = scanner.headStart
                try scanner.skipToken()
                let next = try scanner.peekType()
                switch next {
                case .key, .value, .blockEnd:
                    value = try emptyNode(at: valueStart)
                default:
                    value = try parseNode(block: true, indentlessSequence: true)
                }
            } else {
                value = try emptyNode(at: scanner.headStart)
            }
            try sink.endValue(value, of: &pairs)
        }
    }

    mutating func parseFlowSequence(tag: String?, anchor: String?) throws -> Sink.Value {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var items = try sink.beginSequence(tag: tag, anchor: anchor, at: start.start, isFlow: true)
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
            let item: Sink.Value
            if token.type == .key || token.type == .value {
                // A single-pair mapping inside a sequence: `[a: 1, ? b : 2]`.
                var pair = try sink.beginMapping(tag: nil, anchor: nil, at: nil, isFlow: true)
                try parseFlowPair(into: &pair, closing: .flowSequenceEnd, opening: start)
                item = try sink.endMapping(pair)
            } else if token.type == .flowEntry {
                throw syntaxError("found an empty entry (',') in a flow sequence", at: token.start, hint: "remove the extra ','")
            } else {
                item = try parseFlowNode(opening: start)
            }
            try sink.append(item, to: &items)
        }
        try scanner.skipToken()
        return try sink.endSequence(items)
    }

    mutating func parseFlowMapping(tag: String?, anchor: String?) throws -> Sink.Value {
        let start = try scanner.nextToken()
        try enterCollection(at: start.start)
        defer { depth -= 1 }
        var pairs = try sink.beginMapping(tag: tag, anchor: anchor, at: start.start, isFlow: true)
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
            try parseFlowPair(into: &pairs, closing: .flowMappingEnd, opening: start)
        }
        try scanner.skipToken()
        return try sink.endMapping(pairs)
    }

    /// One `key: value` entry of a flow collection; the key, the ':' and the
    /// value may each be missing.
    mutating func parseFlowPair(into mapping: inout Sink.Mapping, closing: YAMLTokenType, opening: YAMLToken) throws {
        var token = try scanner.peekToken()
        try sink.beginKey(of: &mapping)
        let key: Sink.Value
        if token.type == .key {
            try scanner.skipToken()
            let next = try scanner.peekType()
            if next == .value || next == .flowEntry || next == closing {
                key = try emptyNode(at: token.end)
            } else {
                key = try parseFlowNode(opening: opening)
            }
        } else if token.type == .value {
            key = try emptyNode(at: token.start)
        } else {
            key = try parseFlowNode(opening: opening)
        }
        try sink.endKey(key, of: &mapping)
        token = try scanner.peekToken()
        let value: Sink.Value
        if token.type != .value {
            value = try emptyNode(at: token.start)
        } else {
            try scanner.skipToken()
            let next = try scanner.peekType()
            if next == .flowEntry || next == closing {
                value = try emptyNode(at: token.end)
            } else {
                value = try parseFlowNode(opening: opening)
            }
        }
        try sink.endValue(value, of: &mapping)
    }

    mutating func parseFlowNode(opening: YAMLToken) throws -> Sink.Value {
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
