/// Tokens made of indicator characters: stream and document boundaries,
/// flow collection brackets, `-`, `?`, `:` and `,`.
extension YAMLScanner {
    mutating func fetchStreamStart() {
        indent = -1
        simpleKeyAllowed = true
        simpleKeys = [SimpleKey()]
        streamStartProduced = true
        if YAMLInput.hasByteOrderMark(bytes) {
            mark.offset = 3
        }
        append(.streamStart, from: mark)
    }

    mutating func fetchStreamEnd() throws {
        try unrollIndent(to: -1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        streamEndProduced = true
        append(.streamEnd, from: mark)
    }

    mutating func fetchDocumentIndicator(_ type: YAMLTokenType) throws {
        try unrollIndent(to: -1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip(); skip(); skip()
        append(type, from: start)
        if type == .documentEnd && !restOfLineIsEmpty(from: mark.offset) {
            while Byte.isBlank(peek()) { skip() }
            throw syntaxError("only a comment may follow '...' on its line", at: mark)
        }
    }

    mutating func fetchFlowCollectionStart(_ type: YAMLTokenType) throws {
        try saveSimpleKey()
        let start = mark
        simpleKeys.append(SimpleKey())
        flowIsMapping.append(type == .flowMappingStart)
        if flowLevel > limits.maxDepth {
            throw depthError(at: start)
        }
        simpleKeyAllowed = true
        skip()
        append(type, from: start)
    }

    mutating func fetchFlowCollectionEnd(_ type: YAMLTokenType) throws {
        try removeSimpleKey()
        if flowLevel > 0 {
            simpleKeys.removeLast()
            flowIsMapping.removeLast()
        }
        simpleKeyAllowed = false
        let start = mark
        skip()
        append(type, from: start)
        afterJSONLikeNode = true
    }

    mutating func fetchFlowEntry() throws {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(.flowEntry, from: start)
    }

    mutating func fetchBlockEntry() throws {
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw syntaxError("a block sequence entry ('- ') is not allowed here", at: mark,
                                  hint: "start the list on its own line, indented under its key")
            }
            try rollIndent(to: mark.column, tokenNumber: nil, type: .blockSequenceStart, at: mark)
        } else {
            throw syntaxError("a block sequence entry ('- ') is not allowed inside a flow collection", at: mark,
                              hint: "separate flow items with ',' or quote a value that starts with '-'")
        }
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(.blockEntry, from: start)
    }

    mutating func fetchKey() throws {
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw syntaxError("an explicit key ('? ') is not allowed here", at: mark)
            }
            try rollIndent(to: mark.column, tokenNumber: nil, type: .blockMappingStart, at: mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = flowLevel == 0
        let start = mark
        skip()
        append(.key, from: start)
    }

    mutating func fetchValue() throws {
        let key = simpleKeys[simpleKeys.count - 1]
        if key.possible {
            // The scalar (or collection) before this ':' was a key after all.
            tokens.insert(YAMLToken(.key, start: key.mark, end: key.mark), at: head + key.tokenNumber - tokensParsed)
            try rollIndent(to: key.mark.column, tokenNumber: key.tokenNumber, type: .blockMappingStart, at: key.mark)
            simpleKeys[simpleKeys.count - 1].possible = false
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                guard simpleKeyAllowed else {
                    throw syntaxError("mapping values are not allowed here", at: mark,
                                      hint: "did you forget a space after ':'? A value containing ': ' must be quoted")
                }
                try rollIndent(to: mark.column, tokenNumber: nil, type: .blockMappingStart, at: mark)
            }
            simpleKeyAllowed = flowLevel == 0
        }
        let start = mark
        skip()
        append(.value, from: start)
    }
}
