enum SecurityModelBuilder {
    static func build(_ reader: inout ValuesReader, userValues: Node?, snapshot: ChartSnapshot) -> SecurityModel {
        SecurityModel(
            plaintextSecrets: plaintextSecrets(in: userValues),
            authType: reader.string("config.authType"),
            oauthEnabled: reader.bool("config.oauth.enabled"),
            basicAuthEnabled: reader.bool("config.basicAuth.enabled"),
            corsAllowedOrigins: reader.commaList("config.security.cors.allowedOrigins"),
            corsAllowedOriginsRegex: reader.string("config.security.cors.allowedOriginsRegex"),
            chartHasCORSSettings: snapshot.defaults.at("config.security.cors") != nil)
    }

    /// Secret-bearing keys a user file (or `--set`) filled in. Connection URLs
    /// count only when they carry a password (`redis://:p@host`, `postgres://u:p@host/db`).
    static func plaintextSecrets(in userValues: Node?) -> [PlaintextSecret] {
        guard let userValues else { return [] }
        return SecretKeys.paths.compactMap { path in
            guard let node = userValues.at(path) else { return nil }
            let text = ValuesReader.text(node)
            guard !text.isEmpty else { return nil }
            if path.hasSuffix("connectionUrl") && !ConnectionURL.hasPassword(text) { return nil }
            return PlaintextSecret(path: path, location: node.location)
        }
    }
}

/// Just enough URL reading to tell whether credentials are embedded.
enum ConnectionURL {
    /// True for `scheme://user:password@host…` with a non-empty password, and
    /// for the scheme-less `user:password@host:5432/db` form the chart asks
    /// for in `postgres.external.connectionUrl`.
    static func hasPassword(_ url: String) -> Bool {
        let rest = url.range(of: "://").map { url[$0.upperBound...] } ?? url[...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return false }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return false }
        return userInfo.index(after: colon) < userInfo.endIndex
    }
}

enum LeversModelBuilder {
    static let asyncInsertWait = KubeEnvVar.asyncInsertWait

    /// Every place `CLICKHOUSE_ASYNC_INSERT_WAIT_PCT_FLOAT` is set: `commonEnv`,
    /// a service's `deployment.extraEnv`, or a LangSmith container in the dump.
    static func build(_ reader: ValuesReader, services: [ServiceModel], _ context: BuildContext) -> LeversModel {
        var found: [AsyncInsertWaitSetting] = []
        let lists = ["commonEnv"] + services.map { $0.valueKey + ".deployment.extraEnv" }
        for path in lists {
            for (index, item) in (reader.node(path)?.items ?? []).enumerated() where item["name"]?.string == asyncInsertWait {
                let value = item["value"].map(ValuesReader.text) ?? ""
                let location = item["value"]?.location ?? item.location
                found.append(AsyncInsertWaitSetting(
                    value: value, evidence: .setting("\(path)[\(index)]", at: location, detail: "\(asyncInsertWait)=\(value)")))
            }
        }
        for service in services {
            let containers = service.deployments.map { ($0.meta, $0.template.containers) }
                + service.pods.map { ($0.meta, $0.containers) }
            for (meta, facts) in containers {
                for container in facts.value ?? [] {
                    guard case .known(let value?) = container.envValue(asyncInsertWait) else { continue }
                    let text: String
                    switch value {
                    case .literal(let literal): text = literal
                    case .empty: text = ""
                    case .fromSecret: text = "(from a Secret)"
                    case .fromConfigMap: text = "(from a ConfigMap)"
                    case .fromPodField: text = "(from a field reference)"
                    }
                    found.append(AsyncInsertWaitSetting(
                        value: text, evidence: .object(meta.reference, in: meta.file, detail: "\(asyncInsertWait)=\(text)")))
                }
            }
        }
        return LeversModel(asyncInsertWait: found)
    }
}
