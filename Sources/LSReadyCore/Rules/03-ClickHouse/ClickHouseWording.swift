/// Count phrases for the ClickHouse, capacity and scaling rules' messages.
enum CountWording {
    /// `the ClickHouse volume` / `all 3 ClickHouse volumes`, capitalized when `sentenceStart`.
    static func all(_ count: Int, _ noun: String, sentenceStart: Bool = true) -> String {
        let phrase = count == 1 ? "the \(noun)" : "all \(count) \(noun)s"
        return sentenceStart ? phrase.prefix(1).uppercased() + phrase.dropFirst() : phrase
    }

    /// `is` / `are`, agreeing with `count`.
    static func be(_ count: Int) -> String { count == 1 ? "is" : "are" }

    /// A verb in the third person agreeing with `count`: `meets` / `meet`.
    static func verb(_ count: Int, _ singular: String, _ plural: String) -> String { count == 1 ? singular : plural }

    /// CPU as cores with one decimal, rounded down so a total never overstates: `47670` → `47.6`, `16000` → `16`.
    static func cores(_ millicores: Int64) -> String {
        let tenths = millicores / 100
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    /// `1 replica`, `3 replicas`.
    static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

extension KubeStorageClass {
    /// `iops=7000, throughput=1000, type=gp3`: parameters in a stable order.
    var parametersText: String {
        guard let parameters = parameters.value else { return "parameters unreadable" }
        if parameters.isEmpty { return "no parameters" }
        return parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}
