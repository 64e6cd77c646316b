/// The LangSmith release in namespace `langsmith`: chart 0.16.11 services
/// with HPAs, an in-cluster ClickHouse StatefulSet with gp3 PVCs, migration
/// Jobs and an ALB Ingress. One queue pod crash-loops (OOMKilled).
struct LangSmithRelease {
    static let namespace = "langsmith"
    static let services: [(name: String, replicas: Int, hpa: (Int, Int)?)] = [
        ("backend", 3, (3, 10)), ("platform-backend", 3, (3, 10)), ("queue", 3, (3, 10)), ("ingest-queue", 3, (3, 10)),
        ("frontend", 2, (2, 6)), ("playground", 1, nil), ("ace-backend", 1, nil),
    ]
    static let clickHouseReplicas = 3
    static var podCount: Int { services.reduce(0) { $0 + $1.replicas } + clickHouseReplicas }

    let generator: ClusterDumpGenerator
    let workloads: [Workload]

    static func labels(_ component: String) -> [(String, GenValue)] {
        [("app.kubernetes.io/component", .string("langsmith-\(component)")), ("app.kubernetes.io/instance", "langsmith"),
         ("app.kubernetes.io/managed-by", "Helm"), ("app.kubernetes.io/name", "langsmith"),
         ("app.kubernetes.io/version", "0.12.33"), ("helm.sh/chart", "langsmith-0.16.11")]
    }

    init(generator: ClusterDumpGenerator) {
        self.generator = generator
        var random = SplitMix64(seed: SplitMix64.derive(generator.seed, 3))
        let env: [(String, GenValue)] = [
            ("LANGSMITH_LICENSE_KEY", .map([("secretKeyRef", .map([("key", "langsmith_license_key"), ("name", "langsmith-secrets")]))])),
            ("POSTGRES_DATABASE_URI", .map([("secretKeyRef", .map([("key", "connection_url"), ("name", "langsmith-postgres")]))])),
            ("REDIS_DATABASE_URI", .map([("secretKeyRef", .map([("key", "connection_url"), ("name", "langsmith-redis")]))])),
            ("CLICKHOUSE_HOST", "langsmith-clickhouse.langsmith.svc.cluster.local"), ("CLICKHOUSE_PORT", "8123"),
            ("CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT", "1"), ("FF_BLOB_STORAGE_ENABLED", "true"),
            ("BLOB_STORAGE_ENGINE", "S3"), ("S3_BUCKET_NAME", "example-langsmith-traces"),
            ("POD_NAME", .map([("fieldRef", .map([("apiVersion", "v1"), ("fieldPath", "metadata.name")]))])),
        ]
        var workloads = Self.services.map { service in
            Workload(kind: .deployment, namespace: Self.namespace, name: "langsmith-\(service.name)", replicas: service.replicas,
                     labels: Self.labels(service.name),
                     containers: [Workload.Container(name: service.name, image: "docker.io/langchain/langsmith-backend:0.12.33", env: env,
                                                     requests: [("cpu", "1"), ("memory", "2Gi")], limits: [("cpu", "2"), ("memory", "4Gi")],
                                                     port: 1984)],
                     claimTemplate: nil, templateHash: random.suffix(10), seed: random.next(),
                     brokenOrdinals: service.name == "queue" ? [2] : [])
        }
        workloads.append(Workload(
            kind: .statefulSet, namespace: Self.namespace, name: "langsmith-clickhouse", replicas: Self.clickHouseReplicas,
            labels: Self.labels("clickhouse"),
            containers: [Workload.Container(name: "clickhouse", image: "clickhouse/clickhouse-server:24.8", env: [],
                                            requests: [("cpu", "8"), ("memory", "32Gi")], limits: [("cpu", "8"), ("memory", "32Gi")], port: 8123)],
            claimTemplate: ("data", "200Gi", "gp3"), templateHash: random.suffix(10), seed: random.next()))
        self.workloads = workloads
    }

    func items(of kind: String) -> [GenValue] {
        switch kind {
        case "Pod": return workloads.flatMap { $0.pods(nodeName: { generator.nodeName($0 % max(1, generator.nodes / 10) * 10 % generator.nodes) }) }
        case "Service": return workloads.map { $0.service() }
        case "Deployment": return workloads.filter { $0.kind == .deployment }.map { $0.workloadObject() }
        case "ReplicaSet": return workloads.filter { $0.kind == .deployment }.map { $0.replicaSet() }
        case "StatefulSet": return workloads.filter { $0.kind == .statefulSet }.map { $0.workloadObject() }
        case "HorizontalPodAutoscaler":
            return zip(Self.services, workloads).compactMap { service, workload in
                service.hpa.map { workload.horizontalPodAutoscaler(min: $0.0, max: $0.1) }
            }
        case "PersistentVolumeClaim": return workloads.flatMap { $0.persistentVolumeClaims() }
        case "Job": return [migrationJob("clickhouse-migrations"), migrationJob("postgres-migrations")]
        case "Ingress": return [ingress()]
        default: return []
        }
    }

    func migrationJob(_ component: String) -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(generator.seed, 4, UInt64(component.utf8.count)))
        let workload = workloads[0]
        return .map([
            ("apiVersion", "batch/v1"), ("kind", "Job"),
            ("metadata", workload.meta("langsmith-\(component)-\(random.suffix(5))", labels: Self.labels(component), random: &random)),
            ("spec", .map([("backoffLimit", 6), ("completions", 1), ("parallelism", 1), ("template", workload.podTemplate)])),
            ("status", .map([("completionTime", .string(Workload.timestamp)),
                             ("conditions", .list([.map([("lastProbeTime", .string(Workload.timestamp)), ("lastTransitionTime", .string(Workload.timestamp)),
                                                         ("status", "True"), ("type", "Complete")])])),
                             ("startTime", .string(Workload.timestamp)), ("succeeded", 1)])),
        ])
    }

    func ingress() -> GenValue {
        var random = SplitMix64(seed: SplitMix64.derive(generator.seed, 5))
        let host = "langsmith.internal.example.com"
        return .map([
            ("apiVersion", "networking.k8s.io/v1"), ("kind", "Ingress"),
            ("metadata", workloads[0].meta("langsmith-ingress", labels: Self.labels("ingress"), annotations: [
                ("alb.ingress.kubernetes.io/listen-ports", "[{\"HTTP\": 80}, {\"HTTPS\": 443}]"),
                ("alb.ingress.kubernetes.io/load-balancer-attributes", "idle_timeout.timeout_seconds=600"),
                ("alb.ingress.kubernetes.io/scheme", "internal"), ("alb.ingress.kubernetes.io/target-type", "ip"),
            ], random: &random)),
            ("spec", .map([
                ("ingressClassName", "alb"),
                ("rules", .list([.map([("host", .string(host)), ("http", .map([("paths", .list([.map([
                    ("backend", .map([("service", .map([("name", "langsmith-frontend"), ("port", .map([("name", "http")]))]))])),
                    ("path", "/"), ("pathType", "Prefix")])]))]))])])),
                ("tls", .list([.map([("hosts", .list([.string(host)]))])])),
            ])),
            ("status", .map([("loadBalancer", .map([("ingress", .list([.map([("hostname", "internal-k8s-langsmith-0123456789.us-east-1.elb.amazonaws.com")])]))]))])),
        ])
    }
}

/// Cluster-wide objects and kube-system add-ons of an EKS cluster.
enum ClusterAddOns {
    /// metrics-server and ebs-csi-controller, two replicas each.
    static let podCount = 4

    static func storageAndAPI() -> [GenValue] {
        func meta(_ name: String, annotations: [(String, GenValue)] = []) -> GenValue {
            var entries: [(String, GenValue)] = []
            if !annotations.isEmpty { entries.append(("annotations", .map(annotations))) }
            entries += [("creationTimestamp", .string(Workload.timestamp)), ("name", .string(name)),
                        ("resourceVersion", "1234"), ("uid", "3f2c0019-1c2b-4d7e-9a61-0b6c528d70cb")]
            return .map(entries)
        }
        return [
            .map([("allowVolumeExpansion", true), ("apiVersion", "storage.k8s.io/v1"), ("kind", "StorageClass"),
                  ("metadata", meta("gp3", annotations: [("storageclass.kubernetes.io/is-default-class", "true")])),
                  ("parameters", .map([("fsType", "ext4"), ("iops", "6000"), ("throughput", "250"), ("type", "gp3")])),
                  ("provisioner", "ebs.csi.aws.com"), ("reclaimPolicy", "Delete"), ("volumeBindingMode", "WaitForFirstConsumer")]),
            .map([("apiVersion", "storage.k8s.io/v1"), ("kind", "StorageClass"), ("metadata", meta("gp2")),
                  ("parameters", .map([("fsType", "ext4"), ("type", "gp2")])), ("provisioner", "kubernetes.io/aws-ebs"),
                  ("reclaimPolicy", "Delete"), ("volumeBindingMode", "WaitForFirstConsumer")]),
            .map([("apiVersion", "storage.k8s.io/v1"), ("kind", "CSIDriver"), ("metadata", meta("ebs.csi.aws.com")),
                  ("spec", .map([("attachRequired", true), ("podInfoOnMount", false)]))]),
            .map([("apiVersion", "apiregistration.k8s.io/v1"), ("kind", "APIService"), ("metadata", meta("v1beta1.metrics.k8s.io")),
                  ("spec", .map([("group", "metrics.k8s.io"), ("groupPriorityMinimum", 100), ("insecureSkipTLSVerify", true),
                                 ("service", .map([("name", "metrics-server"), ("namespace", "kube-system"), ("port", 443)])),
                                 ("version", "v1beta1"), ("versionPriority", 100)])),
                  ("status", .map([("conditions", .list([.map([("lastTransitionTime", .string(Workload.timestamp)), ("message", "all checks passed"),
                                                               ("reason", "Passed"), ("status", "True"), ("type", "Available")])]))]))]),
        ]
    }

    static func kubeSystem(_ kind: String, generator: ClusterDumpGenerator) -> [GenValue] {
        func addOn(_ name: String, _ replicas: Int, kind: Workload.Kind = .deployment) -> Workload {
            var random = SplitMix64(seed: SplitMix64.derive(generator.seed, 6, UInt64(name.utf8.count)))
            return Workload(kind: kind, namespace: "kube-system", name: name, replicas: replicas,
                            labels: [("app.kubernetes.io/name", .string(name)), ("k8s-app", .string(name))],
                            containers: [Workload.Container(name: name, image: "registry.k8s.io/\(name):v1.0.0", env: [],
                                                            requests: [("cpu", "100m"), ("memory", "200Mi")], limits: [], port: 10250)],
                            claimTemplate: nil, templateHash: random.suffix(10), seed: random.next())
        }
        let metrics = addOn("metrics-server", 2), controller = addOn("ebs-csi-controller", 2)
        switch kind {
        case "Deployment": return [metrics.workloadObject(), controller.workloadObject()]
        case "DaemonSet":
            var random = SplitMix64(seed: SplitMix64.derive(generator.seed, 7))
            let node = addOn("ebs-csi-node", 1)
            return [.map([("apiVersion", "apps/v1"), ("kind", "DaemonSet"),
                          ("metadata", node.meta("ebs-csi-node", labels: node.labels, random: &random)),
                          ("spec", .map([("selector", node.selector), ("template", node.podTemplate)])),
                          ("status", .map([("currentNumberScheduled", .int(generator.nodes)), ("desiredNumberScheduled", .int(generator.nodes)),
                                           ("numberAvailable", .int(generator.nodes)), ("numberReady", .int(generator.nodes))]))])]
        case "Pod": return metrics.pods(nodeName: generator.nodeNameByIndex) + controller.pods(nodeName: generator.nodeNameByIndex)
        default: return []
        }
    }
}

/// A production values file for the generated release (the typical small case).
public enum GeneratedValues {
    public static let yaml = """
        # Generated by lsready-gen: production values for the generated LangSmith release on EKS.
        config:
          existingSecretName: langsmith-secrets
          authType: mixed
          blobStorage:
            enabled: true
            engine: S3
            bucketName: example-langsmith-traces
            apiURL: https://s3.us-east-1.amazonaws.com
          ttl:
            enabled: true
        redis:
          external:
            enabled: true
            existingSecretName: langsmith-redis
        postgres:
          external:
            enabled: true
            existingSecretName: langsmith-postgres
        clickhouse:
          statefulSet:
            persistence:
              size: 200Gi
              storageClassName: gp3
        ingress:
          enabled: true
          ingressClassName: alb
          hostname: langsmith.internal.example.com
        backend:
          deployment:
            resources:
              requests: {cpu: "1", memory: 2Gi}
              limits: {cpu: "2", memory: 4Gi}
          autoscaling:
            hpa: {enabled: true, minReplicas: 3, maxReplicas: 10}
        platformBackend:
          autoscaling:
            hpa: {enabled: true, minReplicas: 3, maxReplicas: 10}
        queue:
          autoscaling:
            hpa: {enabled: true, minReplicas: 3, maxReplicas: 10}
        ingestQueue:
          autoscaling:
            hpa: {enabled: true, minReplicas: 3, maxReplicas: 10}
        frontend:
          autoscaling:
            hpa: {enabled: true, minReplicas: 2, maxReplicas: 6}

        """
}
