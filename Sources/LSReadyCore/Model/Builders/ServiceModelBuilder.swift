enum ServiceModelBuilder {
    static func build(_ reader: inout ValuesReader, _ context: BuildContext) -> [ServiceModel] {
        LangSmithServices.services.map { service in
            let key = service.valueKey
            let name = reader.string(key + ".name")
            let enabled = reader.node(key + ".enabled") == nil
                ? Setting(true, path: key + ".enabled", location: .chartDefault)
                : reader.bool(key + ".enabled")
            let workload = context.workload(name, defaultName: service.defaultName)
            return ServiceModel(
                service: service,
                name: name,
                enabled: enabled,
                replicas: reader.integer(key + ".deployment.replicas"),
                autoscaling: autoscaling(&reader, key: key, split: context.splitAutoscaling),
                resources: ResourceSettings(reader, path: key + ".deployment.resources"),
                serviceAccountAnnotations: reader.stringMap(key + ".serviceAccount.annotations"),
                deployments: workload.deployments,
                pods: workload.pods,
                autoscalers: workload.horizontalPodAutoscalers,
                scaledObjects: workload.scaledObjects)
        }
    }

    /// Reads the autoscaling keys of the chart generation in use (the split at 0.13.0).
    static func autoscaling(_ reader: inout ValuesReader, key: String, split: Bool) -> AutoscalingSettings {
        let base = key + ".autoscaling"
        if split {
            return AutoscalingSettings(
                hpaEnabled: reader.bool(base + ".hpa.enabled"),
                createHpa: nil,
                kedaEnabled: reader.bool(base + ".keda.enabled"),
                hpaMaxReplicas: reader.integer(base + ".hpa.maxReplicas"),
                hpaTargetMemory: reader.integer(base + ".hpa.targetMemoryUtilizationPercentage"),
                kedaMaxReplicas: reader.integer(base + ".keda.maxReplicaCount"),
                kedaTargetMemory: reader.integer(base + ".keda.targetMemoryUtilizationPercentage"))
        }
        return AutoscalingSettings(
            hpaEnabled: reader.bool(base + ".enabled"),
            createHpa: reader.node(base + ".createHpa") == nil ? nil : reader.bool(base + ".createHpa"),
            kedaEnabled: nil,
            hpaMaxReplicas: reader.integer(base + ".maxReplicas"),
            hpaTargetMemory: reader.integer(base + ".targetMemoryUtilizationPercentage"),
            kedaMaxReplicas: nil,
            kedaTargetMemory: nil)
    }
}

enum BlobStorageModelBuilder {
    static func build(_ reader: inout ValuesReader, services: [ServiceModel]) -> BlobStorageModel {
        let blob = "config.blobStorage."
        let bucketUsers = ["backend", "queue", "platformBackend"]
        return BlobStorageModel(
            enabled: reader.bool(blob + "enabled"),
            engine: reader.string(blob + "engine"),
            bucketName: reader.string(blob + "bucketName"),
            apiURL: reader.string(blob + "apiURL"),
            azureContainerName: reader.string(blob + "azureStorageContainerName"),
            azureAccountName: reader.string(blob + "azureStorageAccountName"),
            accessKey: reader.secret(blob + "accessKey"),
            accessKeySecret: reader.secret(blob + "accessKeySecret"),
            azureAccountKey: reader.secret(blob + "azureStorageAccountKey"),
            azureConnectionString: reader.secret(blob + "azureStorageConnectionString"),
            existingSecretName: reader.string("config.existingSecretName"),
            ttl: TTLSettings(
                enabled: reader.bool("config.ttl.enabled"),
                longLivedSeconds: reader.number("config.ttl.ttl_period_seconds.longlived"),
                shortLivedSeconds: reader.number("config.ttl.ttl_period_seconds.shortlived")),
            serviceAccountAnnotations: services.filter { bucketUsers.contains($0.valueKey) }.map(\.serviceAccountAnnotations))
    }
}

enum EdgeModelBuilder {
    static func build(_ reader: inout ValuesReader, _ context: BuildContext) -> EdgeModel {
        let frontendName = reader.string("frontend.name").value
        let names = context.serviceNames
        return EdgeModel(
            maxBodySize: reader.string("frontend.maxBodySize"),
            proxyReadTimeout: reader.string("frontend.proxyReadTimeout"),
            frontendSSL: reader.bool("frontend.ssl.enabled"),
            frontendServiceType: reader.string("frontend.service.type"),
            ingressEnabled: reader.bool("ingress.enabled"),
            ingressClassName: reader.string("ingress.ingressClassName"),
            ingressAnnotations: reader.stringMap("ingress.annotations"),
            ingressTLSCount: reader.count("ingress.tls"),
            gatewayEnabled: reader.bool("gateway.enabled"),
            istioGatewayEnabled: reader.bool("istioGateway.enabled"),
            observedIngresses: context.inventory.ingresses,
            observedFrontendServices: context.inventory.services.filter {
                names.object($0.meta, names: frontendName.isEmpty ? "frontend" : frontendName)
            })
    }
}
