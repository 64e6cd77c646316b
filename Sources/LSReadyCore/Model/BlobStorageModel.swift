public struct BlobStorageModel: Sendable, Equatable {
    public var enabled: Setting<Bool>
    public var engine: Setting<String>
    public var bucketName: Setting<String>
    public var apiURL: Setting<String>
    public var azureContainerName: Setting<String>
    public var azureAccountName: Setting<String>
    /// Static credentials: whether each is set (never the value).
    public var accessKey: Setting<Bool>
    public var accessKeySecret: Setting<Bool>
    public var azureAccountKey: Setting<Bool>
    public var azureConnectionString: Setting<Bool>
    /// `config.existingSecretName`: a secret that may carry the keys instead.
    public var existingSecretName: Setting<String>
    public var ttl: TTLSettings
    /// Service-account annotations of the services that talk to the bucket.
    public var serviceAccountAnnotations: [Setting<[String: String]>]
}

/// `config.ttl`: how long traces live in ClickHouse (and should in the bucket).
public struct TTLSettings: Sendable, Equatable {
    public var enabled: Setting<Bool>
    public var longLivedSeconds: Setting<Double?>
    public var shortLivedSeconds: Setting<Double?>
}
