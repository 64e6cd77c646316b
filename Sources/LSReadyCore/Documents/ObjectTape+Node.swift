extension ObjectTape {
    /// The tape of an already-parsed object (YAML, or JSON read strictly):
    /// every value of `node`, with its line and column.
    init(_ node: Node, file: String) {
        self.file = file
        append(node, keyStart: -1, keyLength: 0)
    }

    private mutating func append(_ node: Node, keyStart: Int, keyLength: Int) {
        var slot = Slot(tag: .null, keyStart: keyStart, keyLength: keyLength,
                        position: node.location.line << 32 | node.location.column)
        switch node.value {
        case .null: break
        case .bool(let flag):
            slot.tag = .bool
            slot.flag = flag
        case .number(let number):
            slot.tag = .number
            slot.number = number
        case .string(let string):
            slot.tag = .string
            var string = string
            string.withUTF8 { slot.textStart = appendText($0) }
            slot.textLength = text.count - slot.textStart
        case .sequence(let items):
            slot.tag = .sequence
            let index = append(slot)
            for item in items { append(item, keyStart: -1, keyLength: 0) }
            close(index, count: items.count)
            return
        case .mapping(let entries):
            slot.tag = .mapping
            let index = append(slot)
            for entry in entries {
                var key = entry.key
                let start = key.withUTF8 { appendText($0) }
                append(entry.value, keyStart: start, keyLength: text.count - start)
            }
            close(index, count: entries.count)
            return
        }
        slot.end = slots.count + 1
        _ = append(slot)
    }
}
