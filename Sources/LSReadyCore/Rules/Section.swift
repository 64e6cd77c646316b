/// The fourteen sections of the production-readiness checklist, in order.
public enum Section: Int, Sendable, Equatable, CaseIterable, Comparable {
    case redis = 1
    case postgres
    case clickhouse
    case blobStorage
    case autoscaling
    case scalingModel
    case networking
    case operations
    case performanceLevers
    case diagnostics
    case failureModes
    case security
    case capacity
    case valuesHygiene

    public var number: Int { rawValue }

    public var title: String {
        switch self {
        case .redis: return "Redis"
        case .postgres: return "PostgreSQL"
        case .clickhouse: return "ClickHouse"
        case .blobStorage: return "Blob storage"
        case .autoscaling: return "Autoscaling"
        case .scalingModel: return "Scaling mental model"
        case .networking: return "Networking & proxies"
        case .operations: return "Operational safeguards"
        case .performanceLevers: return "Optional performance levers"
        case .diagnostics: return "Diagnostics & support readiness"
        case .failureModes: return "Known failure modes"
        case .security: return "Security baseline"
        case .capacity: return "Capacity & platform"
        case .valuesHygiene: return "Values hygiene"
        }
    }

    /// One sentence on why the section matters, for the checklist document.
    public var purpose: String {
        switch self {
        case .redis:
            return "Redis buffers the write path (backend → Redis → queue → ClickHouse); when it runs short of memory or drops entries, traces are lost or delayed."
        case .postgres:
            return "PostgreSQL holds the control plane (organisations, projects, users, API keys). It is latency- and connection-bound; its outages surface as login failures and global 500s."
        case .clickhouse:
            return "ClickHouse stores every run and all feedback. It is the component that most often limits a deployment, and a single node is not supported in production."
        case .blobStorage:
            return "Large trace payloads belong in object storage; stored inline in ClickHouse they inflate parts and merges until queries and ingestion stall."
        case .autoscaling:
            return "The HorizontalPodAutoscaler is the baseline for absorbing load; KEDA is an optional, advanced alternative."
        case .scalingModel:
            return "Scaling the wrong layer makes outages worse: more queue workers push harder on a ClickHouse that cannot absorb them."
        case .networking:
            return "Every proxy between users and the frontend must accept the largest trace payload and wait as long as the slowest legitimate read."
        case .operations:
            return "Saturation shows in leading indicators (query concurrency, ingestion delay, disk I/O) before users notice; they must be watched and alerted on."
        case .performanceLevers:
            return "Some settings ease ingestion under load; they help, but they do not fix a saturated ClickHouse and can hide one."
        case .diagnostics:
            return "When something breaks, support needs logs, ClickHouse system tables and browser captures quickly, and restores must already have been practised."
        case .failureModes:
            return "Backpressure shows up as traces that are created but not visible, long delays and 500s; the cluster's own state often already shows the cause."
        case .security:
            return "The baseline from the reference architecture: no secrets in values files, TLS and authentication at the edge, a private entry point."
        case .capacity:
            return "The cluster must have room for LangSmith's baseline and for ClickHouse's per-node requirements, and the metrics pipeline HPAs depend on."
        case .valuesHygiene:
            return "Helm silently accepts mistyped and misspelled keys; the chart then ignores them, or reads a quoted \"false\" as true."
        }
    }

    public static func < (lhs: Section, rhs: Section) -> Bool { lhs.rawValue < rhs.rawValue }
}
