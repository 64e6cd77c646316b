/// A problem in one cluster object that made some of its facts unknown, or
/// made the object unusable. Rendered
/// `cluster.json: Pod/langsmith-queue-0: spec.containers[0].resources.requests.cpu "abc" is not a quantity; its facts are unknown`.
public struct ClusterWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// The object's display reference (`Pod/langsmith-queue-0`), or a
    /// position description when the object has no usable name.
    public var object: String
    public var message: String
    /// Where the offending value is, when the reader knew it.
    public var location: SourceLocation

    public init(file: String, object: String, message: String, location: SourceLocation) {
        self.file = file
        self.object = object
        self.message = message
        self.location = location
    }

    public var description: String { "\(file): \(object): \(message)" }
}
