import LSReadyCore

/// One input on the command line, as the user gave it.
public enum InputArgument: Sendable, Equatable {
    /// A positional `PATH`: classified by content (a directory is walked).
    case path(String)
    /// `-f/--values FILE`: a values file, whatever it holds (`-` is stdin).
    case values(String)
    /// `--cluster FILE|DIR`: cluster evidence, whatever it holds.
    case cluster(String)
}

/// What `values` and `audit` read: values files in merge order, cluster
/// documents, and the list of inputs for reports. Paths are as the user
/// typed them (joined with the path inside a walked directory).
public struct GatheredInputs: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case values, cluster
    }

    public struct ValuesFile: Sendable, Equatable {
        public var path: String
        public var values: Node
    }

    public struct ClusterFile: Sendable, Equatable {
        public var path: String
        /// Each document or JSON value of the file, nulls dropped (empty when
        /// the gatherer builds `clusterInventory` instead of keeping documents).
        public var documents: [Node]
    }

    public struct Input: Sendable, Equatable {
        public var path: String
        public var kind: Kind
    }

    public var valuesFiles: [ValuesFile] = []
    public var clusterFiles: [ClusterFile] = []
    /// Every file read, in the order read.
    public var inputs: [Input] = []
    /// The inventory of every cluster file, in order, when the gatherer was
    /// asked to build it (`InputGatherer.buildsClusterInventory`); nil otherwise
    /// and when no cluster file was read.
    public var clusterInventory: ClusterInventory?

    public init() {}

    /// The display name of standard input.
    public static let standardInputPath = "<stdin>"
}
