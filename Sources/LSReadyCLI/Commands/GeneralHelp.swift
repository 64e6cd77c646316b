import LSReadyCore

/// `lsready --help`: every command of the contract (CLI.md), the exit codes,
/// and where to read more.
enum GeneralHelp {
    static let text = """
        \(LSReady.name) \(LSReady.version): readiness auditor for self-hosted LangSmith on Kubernetes

        Usage: lsready <command> [options]

        Commands:
          audit [PATH ...] [options]      judge a deployment, print a report
          values [PATH ...] [options]     print the merged Helm values the chart will see
          rules [--format text|json]      list the catalog: id, section, level, evidence, title
          explain RULE-ID                 one rule's documentation: why, how it is judged, how to fix
          checklist                       print the checklist document
          collect --namespace NS [...]    run kubectl and write one cluster dump
          version                         print the version

        Run 'lsready <command> --help' for a command's options.

        Exit codes: 0 passed, 1 gate failed, 2 usage error, 3 input error.

        """
}
