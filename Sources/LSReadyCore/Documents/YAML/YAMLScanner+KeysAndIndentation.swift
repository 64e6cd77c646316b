/// The two pieces of bookkeeping that make YAML's block structure
/// scannable with one token of lookahead: possible simple keys (a node that
/// turns out to be a key once its ':' is seen) and the indentation stack.
extension YAMLScanner {
    // MARK: Simple keys

    /// A possible simple key stops being possible once the scanner has left
    /// its line (except inside a flow mapping) or gone 1024 bytes past it.
    mutating func removeStaleSimpleKeys() throws {
        // The block context has one possible key at most, which never spans lines: most calls end here.
        if simpleKeys.count == 1 {
            guard simpleKeys[0].possible else { return }
            let key = simpleKeys[0]
            if key.mark.line < mark.line || key.mark.offset + Self.maxSimpleKeyLength < mark.offset {
                if key.required { throw missingColonError(at: key.mark) }
                simpleKeys[0].possible = false
            }
            return
        }
        let multiLineKeysAllowed = flowIsMapping.last ?? false
        for index in simpleKeys.indices where simpleKeys[index].possible {
            let key = simpleKeys[index]
            let leftLine = key.mark.line < mark.line && !(multiLineKeysAllowed && index == simpleKeys.count - 1)
            if leftLine || key.mark.offset + Self.maxSimpleKeyLength < mark.offset {
                if key.required {
                    throw missingColonError(at: key.mark)
                }
                simpleKeys[index].possible = false
            }
        }
    }

    func missingColonError(at mark: Mark) -> InputError {
        syntaxError("could not find expected ':' after this mapping key", at: mark,
                    hint: "a key and its ':' must be on the same line; check the indentation")
    }

    mutating func saveSimpleKey() throws {
        let required = flowLevel == 0 && indent == mark.column
        if simpleKeyAllowed {
            try removeSimpleKey()
            simpleKeys[simpleKeys.count - 1] = SimpleKey(possible: true, required: required,
                                                         tokenNumber: tokensParsed + tokens.count - head, mark: mark)
        }
    }

    mutating func removeSimpleKey() throws {
        let key = simpleKeys[simpleKeys.count - 1]
        if key.possible && key.required {
            throw missingColonError(at: key.mark)
        }
        simpleKeys[simpleKeys.count - 1].possible = false
    }

    // MARK: Indentation

    /// Opens a block collection when `column` is deeper than the current indentation.
    mutating func rollIndent(to column: Int, tokenNumber: Int?, type: YAMLTokenType, at start: Mark) throws {
        guard flowLevel == 0, indent < column else { return }
        // A nested block collection on the line of its parent's indicator (`- - x`,
        // `? a: b`) is indented by the columns before it, and a tab has no width.
        var index = start.offset - 1
        while index >= 0 && !Byte.isBreak(bytes[index]) {
            if bytes[index] == Byte.tab {
                throw syntaxError("a tab character is used to indent a nested block collection", at: start,
                                  hint: "YAML indentation must use spaces, not tabs")
            }
            index -= 1
        }
        indents.append(indent)
        if indents.count > limits.maxDepth {
            throw depthError(at: start)
        }
        indent = column
        let token = YAMLToken(type, start: start, end: start)
        if let tokenNumber {
            tokens.insert(token, at: head + tokenNumber - tokensParsed)
        } else {
            tokens.append(token)
        }
    }

    /// Closes every block collection indented deeper than `column`.
    mutating func unrollIndent(to column: Int) throws {
        guard flowLevel == 0 else { return }
        while indent > column {
            tokens.append(YAMLToken(.blockEnd, start: mark, end: mark))
            indent = indents.removeLast()
        }
    }

    func depthError(at mark: Mark) -> InputError {
        InputError(.depthLimit, "collections nested deeper than \(limits.maxDepth) levels", at: location(mark),
                   hint: "a values file rarely nests more than 15 levels; is this input generated or hostile?")
    }
}
